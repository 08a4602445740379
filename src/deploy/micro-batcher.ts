// Micro-batching: requests that arrive close together (within a short window,
// or while the model is busy with the previous batch) run as one model call.
// One model call runs at a time; a request's texts are never split.

export interface MicroBatcherOptions {
  /** Most texts per model call (a single larger request still runs, alone). */
  maxBatch: number;
  /** How long the first queued text waits for company before its batch runs. */
  windowMs: number;
  /** Called after each model call with its size and duration (for metrics). */
  onBatch?: (size: number, seconds: number) => void;
}

interface Job<I, O> {
  items: I[];
  resolve: (out: O[]) => void;
  reject: (err: unknown) => void;
}

export class MicroBatcher<I, O> {
  private queue: Job<I, O>[] = [];
  private queued = 0;
  private firstQueuedAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly options: MicroBatcherOptions,
  ) {}

  /** Items waiting for a model call (not counting the one running). */
  get pending(): number {
    return this.queued;
  }

  submit(items: I[]): Promise<O[]> {
    return new Promise<O[]>((resolve, reject) => {
      if (this.queue.length === 0) this.firstQueuedAt = Date.now();
      this.queue.push({ items, resolve, reject });
      this.queued += items.length;
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.running || this.queue.length === 0) return;
    clearTimeout(this.timer);
    const wait = this.queued >= this.options.maxBatch ? 0 : this.options.windowMs - (Date.now() - this.firstQueuedAt);
    this.timer = setTimeout(() => void this.flush(), Math.max(0, wait));
  }

  private takeBatch(): Job<I, O>[] {
    const jobs: Job<I, O>[] = [];
    let size = 0;
    while (this.queue.length > 0 && (jobs.length === 0 || size + this.queue[0].items.length <= this.options.maxBatch)) {
      const job = this.queue.shift()!;
      jobs.push(job);
      size += job.items.length;
    }
    this.queued -= size;
    if (this.queue.length > 0) this.firstQueuedAt = Date.now();
    return jobs;
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    if (this.running || this.queue.length === 0) return;
    this.running = true;
    const jobs = this.takeBatch();
    const items = jobs.flatMap((j) => j.items);
    const started = process.hrtime.bigint();
    try {
      const out = await this.run(items);
      this.options.onBatch?.(items.length, Number(process.hrtime.bigint() - started) / 1e9);
      let at = 0;
      for (const job of jobs) {
        job.resolve(out.slice(at, at + job.items.length));
        at += job.items.length;
      }
    } catch (err) {
      for (const job of jobs) job.reject(err);
    } finally {
      this.running = false;
      this.schedule();
    }
  }
}
