// The protocol thread: owns the five ZeroMQ sockets, so heartbeats, kernel_info,
// history and the control channel (interrupt, shutdown) are answered even while
// the main thread is blocked running a cell. Shell requests that need the cell
// runner are handed to the main thread one at a time, in order; the ones still
// queued here are what stop_on_error aborts.
import { parentPort, workerData } from 'worker_threads';
import { writeSync } from 'fs';
import * as zmq from 'zeromq';
import { decode, encode, newHeader, Signer, type Header, type Message } from './wire';
import type { ConnectionInfo, ToMain, ToProtocol } from './bridge';
import { History } from './history';
import { kernelInfo } from './kernel-info';

const { connection, session } = workerData as { connection: ConnectionInfo; session: string };
const port = parentPort!;
const signer = new Signer(connection.key, connection.signature_scheme);
const log = (text: string) => writeSync(2, `[transferlab kernel] ${text}\n`);

type Frames = Array<Buffer | string>;

/** zeromq 6 allows one send in flight per socket; this keeps them in order. */
class Outbox {
  private chain: Promise<void> = Promise.resolve();
  constructor(readonly socket: zmq.Router | zmq.Publisher | zmq.Reply) {}

  /** Resolves once everything sent so far has been handed to ZeroMQ. */
  flushed(): Promise<void> {
    return this.chain;
  }

  send(frames: Frames): void {
    this.chain = this.chain
      .then(() => this.socket.send(frames))
      .then(
        () => undefined,
        (e: Error) => void log(`send failed: ${e.message}`),
      );
  }
}

const shell = new Outbox(new zmq.Router());
const control = new Outbox(new zmq.Router());
const iopub = new Outbox(new zmq.Publisher());
const stdin = new zmq.Router();
const heartbeat = new zmq.Reply();

const history = new History();
let info = kernelInfo();
/** Requests handed to the main thread, by msg_id, until it replies. */
const inFlight = new Map<string, { message: Message; outbox: Outbox }>();
const shellQueue: Message[] = [];
let mainReady = false;
let closing = false;

function reply(message: Message, outbox: Outbox, content: unknown, metadata: Record<string, unknown> = {}): void {
  const type = message.header.msg_type.replace(/_request$/, '_reply');
  outbox.send(encode(signer, message.identities, newHeader(type, session), message.header, content, metadata));
}

function publish(parent: Header | undefined, msgType: string, content: unknown, metadata: Record<string, unknown> = {}): void {
  iopub.send(encode(signer, [], newHeader(msgType, session), parent ?? {}, content, metadata));
}

/** Answers a request here, between busy and idle status messages. */
function answer(message: Message, outbox: Outbox, content: unknown): void {
  publish(message.header, 'status', { execution_state: 'busy' });
  reply(message, outbox, content);
  publish(message.header, 'status', { execution_state: 'idle' });
}

function toMain(message: ToMain): void {
  port.postMessage(message);
}

function pump(): void {
  if (!mainReady || shellQueue.length === 0) return;
  const message = shellQueue.shift()!;
  mainReady = false;
  inFlight.set(message.header.msg_id, { message, outbox: shell });
  toMain({ kind: 'request', header: message.header, content: message.content, metadata: message.metadata });
}

/** Replies, then lets the main thread exit; if a cell blocks it, ends the process after a grace period. */
function shutdown(message: Message, outbox: Outbox): void {
  const restart = message.content.restart === true;
  answer(message, outbox, { status: 'ok', restart });
  void Promise.all([outbox.flushed(), iopub.flushed()]).then(() => {
    toMain({ kind: 'shutdown', restart });
    setTimeout(() => process.kill(process.pid, 'SIGTERM'), 2000).unref();
  });
}

function handle(message: Message, outbox: Outbox): void {
  switch (message.header.msg_type) {
    case 'kernel_info_request':
      return answer(message, outbox, info);
    case 'comm_info_request':
      return answer(message, outbox, { status: 'ok', comms: {} });
    case 'history_request':
      return answer(message, outbox, { status: 'ok', history: history.query(message.content) });
    case 'shutdown_request':
      return shutdown(message, outbox);
    case 'interrupt_request':
      // The main thread may be stuck in synchronous code: only a signal reaches it
      // (vm's breakOnSigint for synchronous code, a SIGINT handler for awaits).
      process.kill(process.pid, 'SIGINT');
      return answer(message, outbox, { status: 'ok' });
    default:
      if (outbox === control) {
        log(`control message ${message.header.msg_type} is not supported`);
        return;
      }
      shellQueue.push(message);
      pump();
  }
}

function abortQueuedExecutes(): void {
  for (let i = 0; i < shellQueue.length; ) {
    const message = shellQueue[i];
    if (message.header.msg_type !== 'execute_request') {
      i++;
      continue;
    }
    shellQueue.splice(i, 1);
    answer(message, shell, { status: 'aborted', execution_count: null });
  }
}

port.on('message', (message: ToProtocol) => {
  switch (message.kind) {
    case 'ready':
      mainReady = true;
      return pump();
    case 'reply': {
      const request = inFlight.get(message.to);
      if (!request) return log(`reply to unknown request ${message.to}`);
      inFlight.delete(message.to);
      const { message: req, outbox } = request;
      outbox.send(encode(signer, req.identities, newHeader(message.msgType, session), req.header, message.content, message.metadata));
      return;
    }
    case 'iopub':
      return publish(message.parent, message.msgType, message.content, message.metadata);
    case 'abort-queued':
      return abortQueuedExecutes();
    case 'history':
      return history.add(message.line, message.input, message.output);
    case 'warm':
      info = kernelInfo('ready');
      return;
    case 'closed':
      closing = true;
      for (const s of [shell.socket, control.socket, iopub.socket, stdin, heartbeat]) s.close();
      port.close();
  }
});

/** Runs a socket's receive loop; its end is an error only if we are not shutting down. */
async function receiving(loop: () => Promise<void>): Promise<void> {
  try {
    await loop();
  } catch (e) {
    if (!closing) throw e;
  }
}

const serve = (outbox: Outbox) =>
  receiving(async () => {
    for await (const frames of outbox.socket as zmq.Router) {
      const message = decode(frames, signer);
      if (typeof message === 'string') log(`dropped a ${message}`);
      else handle(message, outbox);
    }
  });

const echoHeartbeats = () =>
  receiving(async () => {
    for await (const frames of heartbeat) await heartbeat.send(frames);
  });

async function bindAll(): Promise<void> {
  const address = (p: number) =>
    connection.transport === 'ipc' ? `ipc://${connection.ip}-${p}` : `${connection.transport}://${connection.ip}:${p}`;
  await Promise.all([
    shell.socket.bind(address(connection.shell_port)),
    control.socket.bind(address(connection.control_port)),
    iopub.socket.bind(address(connection.iopub_port)),
    stdin.bind(address(connection.stdin_port)),
    heartbeat.bind(address(connection.hb_port)),
  ]);
  publish(undefined, 'status', { execution_state: 'starting' });
}

bindAll().then(
  () => Promise.all([serve(shell), serve(control), echoHeartbeats()]),
  (e: Error) => {
    log(`cannot bind the kernel's sockets (${e.message}); check the ports and ip in the connection file`);
    process.exit(1);
  },
);
