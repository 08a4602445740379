// Interrupting cells that await. A cell's compiled code routes every `await x`
// through interruptible(x) (see await-rewrite.ts), so an interrupt rejects the
// await that is pending now and any later one in the interrupted cell: an async
// training loop stops at its next await. Synchronous code is stopped separately,
// by vm's breakOnSigint.
export class InterruptError extends Error {
  override name = 'InterruptError';
  constructor() {
    super('the kernel was interrupted');
  }
}

export class Interrupts {
  private readonly pending = new Set<(reason: Error) => void>();
  private requested = false;
  private running = false;
  private controller = new AbortController();

  /** For library loops (see DisplaySink.interruptSignal); a fresh one once a cell starts after an interrupt. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  startCell(): void {
    this.requested = false;
    this.running = true;
    if (this.controller.signal.aborted) this.controller = new AbortController();
  }

  endCell(): void {
    this.running = false;
  }

  /** Stops pending awaits now; awaits reached later in the running cell throw too. */
  interrupt(): void {
    if (this.running) this.requested = true;
    const error = new InterruptError();
    this.controller.abort(error);
    for (const reject of this.pending) reject(error);
    this.pending.clear();
  }

  readonly interruptible = (value: unknown): unknown => {
    if (this.requested) throw new InterruptError();
    if (!isThenable(value)) return value;
    // A settled-or-interrupted wrapper; the reject is forgotten once the promise settles, so long loops don't leak.
    return new Promise((resolve, reject) => {
      this.pending.add(reject);
      value.then(
        (v) => {
          this.pending.delete(reject);
          resolve(v);
        },
        (e) => {
          this.pending.delete(reject);
          reject(e);
        },
      );
    });
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
