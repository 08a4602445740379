// Where output goes. Each cell runs inside an AsyncLocalStorage scope, so
// console output and display() calls from its timers, callbacks and promises,
// even after the cell finished, are sent as children of the cell that started
// them; anything else goes to the most recent cell.
import { AsyncLocalStorage } from 'async_hooks';
import { randomUUID } from 'crypto';
import { setDisplaySink, type MimeBundle, type DisplayOptions } from '../src/display';
import type { Header } from './protocol/wire';
import type { ToProtocol } from './protocol/bridge';

export interface CellScope {
  parent: Header;
}

export class OutputRouter {
  private readonly scopes = new AsyncLocalStorage<CellScope>();
  private latest: CellScope | undefined;

  constructor(private readonly post: (message: ToProtocol) => void) {}

  current(): CellScope | undefined {
    return this.scopes.getStore() ?? this.latest;
  }

  run<T>(scope: CellScope, fn: () => T): T {
    this.latest = scope;
    return this.scopes.run(scope, fn);
  }

  publish(msgType: string, content: unknown, scope = this.current()): void {
    this.post({ kind: 'iopub', parent: scope?.parent, msgType, content });
  }

  /** Sends process.stdout/stderr writes to the cell's stream output once a cell has run. */
  captureStreams(): void {
    for (const name of ['stdout', 'stderr'] as const) {
      const stream = process[name];
      const original = stream.write.bind(stream);
      stream.write = ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
        const scope = this.current();
        if (!scope) return original(chunk, encoding as BufferEncoding, callback as () => void);
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        this.publish('stream', { name, text }, scope);
        const done = typeof encoding === 'function' ? encoding : callback;
        if (typeof done === 'function') process.nextTick(done as () => void);
        return true;
      }) as typeof stream.write;
    }
  }

  /** The sink through which display() in cells and in the library reaches the notebook. */
  installDisplaySink(interruptSignal: () => AbortSignal): void {
    setDisplaySink({
      sessionId: randomUUID(),
      get interruptSignal() {
        return interruptSignal();
      },
      display: (bundle: MimeBundle, options: DisplayOptions = {}) => {
        const content = {
          data: bundle,
          metadata: options.metadata ?? {},
          transient: options.displayId ? { display_id: options.displayId } : {},
        };
        this.publish(options.update ? 'update_display_data' : 'display_data', content);
      },
      clearOutput: (wait = false) => this.publish('clear_output', { wait }),
    });
  }
}
