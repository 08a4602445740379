// Micro-batching: requests that arrive close together (within a short window,
// or while the model is busy with the previous batch) run as one model call.
// One model call runs at a time; a request's texts are never split. The window
// is only waited while fewer requests are queued than were about at the end of
// the previous call (those it took, and those queued meanwhile): a lone client
// is never delayed, and 16 clients fill calls of 16 instead of splitting into
// calls of 8 and 8 that each wait for the other's clients.

export interface MicroBatcherOptions {
  /** Most texts per model call (a single larger request still runs, alone). */
  maxBatch: number;
  /**
   * How long the first queued text may wait for company before its batch runs
   * (only while fewer requests are queued than were about at the end of the
   * previous call). Otherwise, and with 0, a call runs once the requests already
   * received have been read; texts that arrive while a call runs wait for it,
   * so batches form under load.
   */
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
  private cancelTimer: (() => void) | undefined;
  private running = false;
  // Requests about at the end of the last call. Before the first call nothing is
  // known of the traffic: wait the window, as a plain window batcher would.
  private expectedRequests = Infinity;

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
    this.cancelTimer?.();
    const full = this.queued >= this.options.maxBatch || this.queue.length >= this.expectedRequests;
    const wait = full ? 0 : this.options.windowMs - (Date.now() - this.firstQueuedAt);
    if (wait > 0) {
      const timer = setTimeout(() => void this.flush(), wait);
      this.cancelTimer = () => clearTimeout(timer);
    } else {
      // After the I/O callbacks of this turn: requests read together run together.
      const immediate = setImmediate(() => void this.flush());
      this.cancelTimer = () => clearImmediate(immediate);
    }
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
    this.cancelTimer = undefined;
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
      this.expectedRequests = jobs.length + this.queue.length;
      this.running = false;
      this.schedule();
    }
  }
}
