// The main thread's side of the kernel: executes cells and answers the shell
// requests that need the type checker (complete, inspect, is_complete), one at
// a time in arrival order, with busy/idle status around each.
import { resultBundle } from './result';
import { CellExecutor, type CellOutcome } from './exec/executor';
import { isComplete } from './exec/is-complete';
import { runtimeError } from './exec/traceback';
import { fromCodePoints, toCodePoints } from './exec/code-points';
import { OutputRouter } from './output';
import type { Header } from './protocol/wire';
import type { ToMain, ToProtocol } from './protocol/bridge';

export class KernelSession {
  readonly executor = new CellExecutor();
  readonly output: OutputRouter;
  private executionCount = 0;
  private silentRuns = 0;

  constructor(private readonly post: (message: ToProtocol) => void) {
    this.output = new OutputRouter(post);
  }

  start(): void {
    this.output.captureStreams();
    this.output.installDisplaySink(() => this.executor.interrupts.signal);
    this.post({ kind: 'ready' });
  }

  /**
   * Builds the type checker before the first cell arrives. It blocks this
   * thread only: the protocol thread keeps answering, and a request that comes
   * meanwhile waits in the event loop until the checker is ready.
   */
  warmUp(): void {
    this.executor.warmUp();
    this.post({ kind: 'warm' });
  }

  async onMessage(message: ToMain): Promise<void> {
    if (message.kind === 'shutdown') {
      this.post({ kind: 'closed' });
      setTimeout(() => process.exit(0), 50);
      return;
    }
    const { header, content } = message;
    const status = (state: string) => this.post({ kind: 'iopub', parent: header, msgType: 'status', content: { execution_state: state } });
    status('busy');
    try {
      switch (header.msg_type) {
        case 'execute_request':
          await this.execute(header, content);
          break;
        case 'complete_request':
          this.reply(header, 'complete_reply', this.complete(content));
          break;
        case 'inspect_request':
          this.reply(header, 'inspect_reply', this.inspect(content));
          break;
        case 'is_complete_request':
          this.reply(header, 'is_complete_reply', isComplete(String(content.code ?? '')));
          break;
        default:
          this.reply(header, header.msg_type.replace(/_request$/, '_reply'), {
            status: 'error',
            ename: 'UnsupportedRequest',
            evalue: `${header.msg_type} is not supported by the transferlab kernel`,
            traceback: [],
          });
      }
    } catch (err) {
      const e = err as Error;
      this.reply(header, header.msg_type.replace(/_request$/, '_reply'), {
        status: 'error',
        ename: e.name ?? 'Error',
        evalue: e.message ?? String(err),
        traceback: [String(e.stack ?? err)],
      });
    } finally {
      status('idle');
      this.post({ kind: 'ready' });
    }
  }

  interrupt(): void {
    this.executor.interrupts.interrupt();
  }

  private reply(parent: Header, msgType: string, content: unknown): void {
    this.post({ kind: 'reply', to: parent.msg_id, msgType, content });
  }

  private async execute(header: Header, content: Record<string, unknown>): Promise<void> {
    const code = String(content.code ?? '');
    const silent = content.silent === true;
    const storeHistory = silent ? false : content.store_history !== false;
    if (storeHistory) this.executionCount++;
    const count = this.executionCount;
    const name = storeHistory ? `In[${count}]` : `In[silent-${++this.silentRuns}]`;
    const scope = { parent: header };
    if (!silent) this.output.publish('execute_input', { code, execution_count: count }, scope);
    // A failure of the compiler itself still gets an execute_reply with this cell's count.
    const outcome: CellOutcome = await this.output
      .run(scope, () => this.executor.run(code, name))
      .catch((err: unknown) => ({ status: 'error' as const, ...runtimeError(err, () => undefined) }));
    let resultText: string | null = null;
    if (outcome.status === 'ok') {
      const data = outcome.hasValue ? resultBundle(outcome.value) : {};
      if (Object.keys(data).length > 0 && !silent) {
        this.output.publish('execute_result', { execution_count: count, data, metadata: {} }, scope);
        resultText = typeof data['text/plain'] === 'string' ? data['text/plain'] : null;
      }
      const userExpressions = await this.userExpressions(content.user_expressions, scope);
      this.reply(header, 'execute_reply', { status: 'ok', execution_count: count, user_expressions: userExpressions, payload: [] });
    } else {
      const { ename, evalue, traceback } = outcome;
      this.output.publish('error', { ename, evalue, traceback }, scope);
      this.reply(header, 'execute_reply', { status: 'error', execution_count: count, ename, evalue, traceback });
      if (content.stop_on_error !== false) this.post({ kind: 'abort-queued' });
    }
    if (storeHistory) this.post({ kind: 'history', line: count, input: code, output: resultText });
  }

  /** Evaluates the request's user_expressions after the cell, as the spec asks (each a MIME bundle or an error). */
  private async userExpressions(expressions: unknown, scope: { parent: Header }): Promise<Record<string, unknown>> {
    const results: Record<string, unknown> = {};
    if (!expressions || typeof expressions !== 'object') return results;
    for (const [key, expression] of Object.entries(expressions as Record<string, unknown>)) {
      const outcome = await this.output.run(scope, () => this.executor.run(String(expression), `In[expression-${++this.silentRuns}]`));
      results[key] =
        outcome.status === 'ok'
          ? { status: 'ok', data: outcome.hasValue ? resultBundle(outcome.value) : {}, metadata: {} }
          : { status: 'error', ename: outcome.ename, evalue: outcome.evalue, traceback: outcome.traceback };
    }
    return results;
  }

  private complete(content: Record<string, unknown>): Record<string, unknown> {
    const code = String(content.code ?? '');
    const cursor = fromCodePoints(code, Number(content.cursor_pos ?? code.length));
    const { start, end, matches } = this.executor.complete(code, cursor);
    return {
      status: 'ok',
      matches,
      cursor_start: toCodePoints(code, start),
      cursor_end: toCodePoints(code, end),
      metadata: {},
    };
  }

  private inspect(content: Record<string, unknown>): Record<string, unknown> {
    const code = String(content.code ?? '');
    const cursor = fromCodePoints(code, Number(content.cursor_pos ?? code.length));
    const text = this.executor.inspect(code, cursor);
    return text === undefined
      ? { status: 'ok', found: false, data: {}, metadata: {} }
      : { status: 'ok', found: true, data: { 'text/plain': text }, metadata: {} };
  }
}
