// Kernel start-up and trivial-cell latency, transferlab's kernel beside tslab's,
// measured in the same run with the same zeromq client (tests/kernel/client.ts).
//   start-up:    spawn -> first kernel_info_reply (the request is queued before the kernel binds)
//   first cell:  spawn -> reply to `1+1` (includes building the type checker)
//   round trip:  median of 50 `1+1` cells, send -> execute_reply and idle status
// Usage: npm run bench -- kernel [--runs N]
import path from 'path';
import { KernelClient, transferlabArgv } from '../tests/kernel/client';

const ROOT = path.resolve(__dirname, '..', '..');
const KERNELS: Record<string, string[]> = {
  transferlab: transferlabArgv(),
  tslab: [process.execPath, path.join(ROOT, 'node_modules', 'tslab', 'bin', 'tslab'), 'kernel', '--config-path', '{connection_file}'],
};
const CELLS = 50;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

interface Started {
  kernel: KernelClient;
  startup: number;
  firstCell: number;
}

async function start(argv: string[]): Promise<Started> {
  const t0 = process.hrtime.bigint();
  const kernel = await KernelClient.start(argv, { cwd: ROOT });
  await kernel.request('kernel_info_request');
  const startup = ms(t0);
  await kernel.ready();
  const first = await kernel.execute('1+1');
  if (first.reply.content.status !== 'ok') throw new Error(`1+1 failed: ${JSON.stringify(first.reply.content)}`);
  return { kernel, startup, firstCell: ms(t0) };
}

async function roundTrip(kernel: KernelClient): Promise<number> {
  const t = process.hrtime.bigint();
  await kernel.execute('1+1');
  return ms(t);
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 3;
  const names = Object.keys(KERNELS);
  const startups: Record<string, number[]> = {};
  const firstCells: Record<string, number[]> = {};
  const trips: Record<string, number[]> = {};
  for (const name of names) [startups[name], firstCells[name], trips[name]] = [[], [], []];
  // Kernels start one after the other and their cells alternate, so machine load hits both alike.
  for (let r = 0; r < runs; r++) {
    const started: Record<string, Started> = {};
    try {
      for (const name of names) {
        started[name] = await start(KERNELS[name]);
        startups[name].push(started[name].startup);
        firstCells[name].push(started[name].firstCell);
      }
      for (let i = 0; i < 5; i++) for (const name of names) await roundTrip(started[name].kernel);
      for (let i = 0; i < CELLS; i++) for (const name of names) trips[name].push(await roundTrip(started[name].kernel));
    } finally {
      for (const s of Object.values(started)) await s.kernel.close();
    }
  }
  console.log(`kernel bench: ${runs} start-ups each, ${CELLS} cells per start-up, medians (node ${process.version})`);
  console.log('kernel        start-up (ms)  first cell (ms)  1+1 round trip (ms)');
  for (const name of names) {
    const row = [median(startups[name]), median(firstCells[name]), median(trips[name])];
    console.log(`${name.padEnd(13)} ${row[0].toFixed(0).padStart(13)}  ${row[1].toFixed(0).padStart(15)}  ${row[2].toFixed(1).padStart(19)}`);
  }
  console.log('goals: start-up <= 1000 ms, 1+1 round trip <= 10 ms (type checking on)');
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    console.error(e);
    process.exit(1);
  },
);
