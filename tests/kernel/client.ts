// A small Jupyter client over zeromq for the kernel tests and bench/kernel:
// writes a connection file, spawns a kernel, and speaks the wire protocol.
import { spawn, type ChildProcess } from 'child_process';
import { randomBytes } from 'crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import os from 'os';
import path from 'path';
import * as zmq from 'zeromq';
import { decode, encode, newHeader, Signer, type Message } from '../../kernel/protocol/wire';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Execution {
  reply: Message;
  /** iopub messages of this request between busy and idle, except status and execute_input. */
  outputs: Message[];
}

export class KernelClient {
  private readonly signer: Signer;
  private readonly session = randomBytes(8).toString('hex');
  private readonly shell = new zmq.Dealer();
  private readonly control = new zmq.Dealer();
  private readonly iopub = new zmq.Subscriber();
  /** Every iopub message received, in order. */
  readonly iopubLog: Message[] = [];
  private readonly replies = new Map<string, (m: Message) => void>();
  private readonly iopubWaiters = new Set<() => void>();
  readonly stderr: string[] = [];

  private constructor(
    readonly process: ChildProcess,
    private readonly connection: Record<string, unknown>,
    private readonly dir: string,
  ) {
    this.signer = new Signer(String(connection.key));
  }

  /** argv may contain `{connection_file}`, as in a kernel.json. */
  static async start(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<KernelClient> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'transferlab-kernel-'));
    const connection = {
      transport: 'tcp',
      ip: '127.0.0.1',
      key: randomBytes(16).toString('hex'),
      signature_scheme: 'hmac-sha256',
      shell_port: await freePort(),
      iopub_port: await freePort(),
      stdin_port: await freePort(),
      control_port: await freePort(),
      hb_port: await freePort(),
    };
    const file = path.join(dir, 'connection.json');
    writeFileSync(file, JSON.stringify(connection));
    const args = argv.map((a) => a.replace('{connection_file}', file));
    const child = spawn(args[0], args.slice(1), { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const client = new KernelClient(child, connection, dir);
    child.stdout!.on('data', (d: Buffer) => client.stderr.push(d.toString()));
    child.stderr!.on('data', (d: Buffer) => client.stderr.push(d.toString()));
    client.connect();
    return client;
  }

  private connect(): void {
    const url = (port: unknown) => `tcp://127.0.0.1:${port}`;
    this.shell.connect(url(this.connection.shell_port));
    this.control.connect(url(this.connection.control_port));
    this.iopub.connect(url(this.connection.iopub_port));
    this.iopub.subscribe();
    void this.listen(this.shell);
    void this.listen(this.control);
    void this.listenIopub();
  }

  private async listen(socket: zmq.Dealer): Promise<void> {
    try {
      for await (const frames of socket) {
        const m = decode(frames, this.signer);
        if (typeof m === 'string') throw new Error(`kernel sent a ${m}`);
        this.replies.get((m.parent_header as { msg_id?: string }).msg_id ?? '')?.(m);
      }
    } catch {
      // socket closed
    }
  }

  private async listenIopub(): Promise<void> {
    try {
      for await (const frames of this.iopub) {
        const m = decode(frames, this.signer);
        if (typeof m === 'string') throw new Error(`kernel sent a ${m}`);
        this.iopubLog.push(m);
        for (const wake of this.iopubWaiters) wake();
      }
    } catch {
      // socket closed
    }
  }

  /** Sends a request; resolves with its reply. */
  send(channel: 'shell' | 'control', msgType: string, content: Record<string, unknown>): { msgId: string; reply: Promise<Message> } {
    const header = newHeader(msgType, this.session, 'test');
    const reply = new Promise<Message>((resolve) => this.replies.set(header.msg_id, resolve));
    const socket = channel === 'shell' ? this.shell : this.control;
    void socket.send(encode(this.signer, [], header, {}, content));
    return { msgId: header.msg_id, reply };
  }

  async request(msgType: string, content: Record<string, unknown> = {}, channel: 'shell' | 'control' = 'shell'): Promise<Message> {
    return this.send(channel, msgType, content).reply;
  }

  /** Resolves once an iopub message matches. */
  async waitForIopub(match: (m: Message) => boolean, timeoutMs = 20000): Promise<Message> {
    const started = Date.now();
    for (;;) {
      const found = this.iopubLog.find(match);
      if (found) return found;
      if (Date.now() - started > timeoutMs) throw new Error(`no matching iopub message in ${timeoutMs} ms; kernel log:\n${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.iopubWaiters.delete(wake);
          resolve();
        };
        this.iopubWaiters.add(wake);
        setTimeout(wake, 50);
      });
    }
  }

  /** Sends one heartbeat; resolves with the echo, or undefined after timeoutMs. */
  async heartbeat(timeoutMs = 1000): Promise<string | undefined> {
    const hb = new zmq.Request({ receiveTimeout: timeoutMs });
    hb.connect(`tcp://127.0.0.1:${this.connection.hb_port}`);
    try {
      await hb.send('ping');
      const [echo] = await hb.receive();
      return echo.toString();
    } catch {
      return undefined;
    } finally {
      hb.close();
    }
  }

  /** Waits until the kernel answers kernel_info and iopub is connected (as jupyter_client does). */
  async ready(timeoutMs = 30000): Promise<Message> {
    const started = Date.now();
    for (;;) {
      const { msgId, reply } = this.send('shell', 'kernel_info_request', {});
      const answer = await Promise.race([reply, new Promise<undefined>((r) => setTimeout(r, 250))]);
      if (answer) {
        await this.waitForIopub((m) => (m.parent_header as { msg_id?: string }).msg_id === msgId, 2000).catch(() => undefined);
        if (this.iopubLog.some((m) => (m.parent_header as { msg_id?: string }).msg_id === msgId)) return answer;
      }
      if (Date.now() - started > timeoutMs) throw new Error(`kernel did not answer kernel_info in ${timeoutMs} ms:\n${this.stderr.join('')}`);
    }
  }

  async execute(code: string, options: Record<string, unknown> = {}): Promise<Execution> {
    const { msgId, reply } = this.send('shell', 'execute_request', {
      code,
      silent: false,
      store_history: true,
      user_expressions: {},
      allow_stdin: false,
      stop_on_error: true,
      ...options,
    });
    const answer = await reply;
    const ofThis = (m: Message) => (m.parent_header as { msg_id?: string }).msg_id === msgId;
    await this.waitForIopub((m) => ofThis(m) && m.header.msg_type === 'status' && m.content.execution_state === 'idle');
    const outputs = this.iopubLog.filter((m) => ofThis(m) && !['status', 'execute_input'].includes(m.header.msg_type));
    return { reply: answer, outputs };
  }

  /** Runs a cell that must succeed; returns its result's text/plain. */
  async resultText(code: string): Promise<string> {
    const { reply, outputs } = await this.execute(code);
    if (reply.content.status !== 'ok') throw new Error(`${code}\nfailed: ${reply.content.ename}: ${reply.content.evalue}`);
    const shown = outputs.find((m) => m.header.msg_type === 'execute_result');
    if (!shown) throw new Error(`no execute_result for ${code}`);
    return String((shown.content.data as Record<string, unknown>)['text/plain']);
  }

  /** iopub messages whose parent is the given request. */
  childrenOf(msgId: string): Message[] {
    return this.iopubLog.filter((m) => (m.parent_header as { msg_id?: string }).msg_id === msgId);
  }

  async close(): Promise<void> {
    if (this.process.exitCode === null && this.process.signalCode === null) {
      const exited = new Promise((r) => this.process.once('exit', r));
      this.process.kill('SIGKILL');
      await exited;
    }
    for (const s of [this.shell, this.control, this.iopub]) s.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The argv in kernel.json for this repository's kernel. */
export function transferlabArgv(): string[] {
  return [process.execPath, path.resolve(__dirname, '..', '..', '..', 'bin', 'transferlab.js'), 'kernel', '--connection-file', '{connection_file}'];
}
