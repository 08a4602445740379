// The server under test runs in its own process (the real CLI), so the load
// generator does not share its event loop.
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';

export interface ServerProcess {
  url: string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

export function startServer(dir: string, args: string[] = []): Promise<ServerProcess> {
  const bin = path.resolve(__dirname, '..', '..', '..', 'bin', 'transferlab.js');
  const child: ChildProcess = spawn(process.execPath, [bin, 'serve', dir, '--port', '0', '--host', '127.0.0.1', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /on (http:\/\/\S+)/.exec(out);
      if (m) {
        resolve({
          url: m[1],
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    void exited.then((code) => reject(new Error(`transferlab serve exited (${code}) before listening: ${out}`)));
  });
}
