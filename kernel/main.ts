// Kernel start-up. The protocol thread binds the sockets and answers
// kernel_info at once, while this thread builds the type checker (about two
// seconds, see CellExecutor.warmUp) and then runs cells.
import { Worker } from 'worker_threads';
import { randomUUID } from 'crypto';
import { readFileSync, writeSync } from 'fs';
import path from 'path';
import { inspect } from 'util';
import type { ConnectionInfo, ToMain } from './protocol/bridge';
import { routeSigint } from './exec/sigint';

function readConnectionFile(file: string): ConnectionInfo {
  let info: Partial<ConnectionInfo>;
  try {
    info = JSON.parse(readFileSync(file, 'utf8')) as Partial<ConnectionInfo>;
  } catch (e) {
    throw new Error(`cannot read the connection file ${file} (${(e as Error).message}); Jupyter passes it as --connection-file`);
  }
  for (const key of ['transport', 'ip', 'shell_port', 'iopub_port', 'stdin_port', 'control_port', 'hb_port'] as const) {
    if (info[key] === undefined) throw new Error(`connection file ${file} lacks "${key}"; is it a Jupyter connection file?`);
  }
  return { key: '', ...info } as ConnectionInfo;
}

export function startKernel(connectionFile: string): void {
  const connection = readConnectionFile(connectionFile);
  const worker = new Worker(path.join(__dirname, 'protocol', 'io-thread.js'), {
    workerData: { connection, session: randomUUID() },
  });
  // Loaded only now: it pulls in TypeScript, and the protocol thread should not wait for that.
  const { KernelSession } = require('./session') as typeof import('./session');
  const session = new KernelSession((message) => worker.postMessage(message));
  worker.on('message', (message: ToMain) => void session.onMessage(message));
  worker.on('error', (e) => {
    // stderr is routed to cells through the failed thread, so write to the file descriptor.
    writeSync(2, `transferlab kernel: the protocol thread failed: ${inspect(e)}\n`);
    process.exit(1);
  });
  worker.on('exit', (code) => process.exit(code));
  // interrupt_mode "message" and plain SIGINT both end up here (see io-thread.ts).
  routeSigint(() => session.interrupt());
  // A rejection or exception nobody handles belongs to the cell that caused it: show it there.
  const report = (label: string) => (err: unknown) => {
    const text = err instanceof Error ? err.stack ?? String(err) : inspect(err);
    session.output.publish('stream', { name: 'stderr', text: `${label}: ${text}\n` });
  };
  process.on('uncaughtException', report('Uncaught exception'));
  process.on('unhandledRejection', report('Unhandled promise rejection'));
  session.start();
  setImmediate(() => session.warmUp());
}
