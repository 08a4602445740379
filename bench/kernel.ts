// Kernel start-up and cell latency, transferlab's kernel beside tslab's,
// measured in the same run with the same zeromq client (tests/kernel/client.ts).
//   start-up:        spawn -> first kernel_info_reply (the request is queued before the kernel binds)
//   checker ready:   spawn -> kernel_info says transferlab.type_checker "ready" (transferlab only)
//   cell at once:    spawn -> reply to `1+1` sent right after start-up (waits for the type checker)
//   first cell:      round trip of the first `1+1`, sent --pause-ms after start-up (a person typing)
//   round trip:      median of 50 `1+1` cells, send -> execute_reply and idle status
//   new cell:        the same for 50 cells that each differ from the one before (`1+1`, `2+1`, ...): a changed
//                    cell makes TypeScript build a new program and type checker, a repeated one does not
//   kernel CPU:      CPU time (user + system, all threads) the kernel process spent per `1+1` over those
//                    50 cells, from /proc (Linux); on a loaded machine it moves far less than the wall time
// Each kernel is started twice per run: once for "cell at once", once for the rest.
// Usage: npm run bench -- kernel [--runs N] [--pause-ms MS] [--compare DIR ...]
//   --compare DIR adds the kernel of another built checkout (DIR/bin/transferlab.js), e.g. main's, to the same run.
import { readFileSync } from 'fs';
import { cpus, loadavg } from 'os';
import path from 'path';
import { KernelClient, transferlabArgv } from '../tests/kernel/client';

const ROOT = path.resolve(__dirname, '..', '..');
const KERNELS: Record<string, string[]> = {
  transferlab: transferlabArgv(),
  tslab: [process.execPath, path.join(ROOT, 'node_modules', 'tslab', 'bin', 'tslab'), 'kernel', '--config-path', '{connection_file}'],
};
for (let at = process.argv.indexOf('--compare'); at > 0; at = process.argv.indexOf('--compare', at + 1)) {
  const dir = path.resolve(process.argv[at + 1]);
  KERNELS[path.basename(dir)] = [process.execPath, path.join(dir, 'bin', 'transferlab.js'), 'kernel', '--connection-file', '{connection_file}'];
}
const CELLS = 50;

const TICK_MS = 1000 / 100; // USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s on Linux

/** CPU time the process has used (user + system, ms), or NaN where /proc is missing. */
function cpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

async function roundTrip(kernel: KernelClient, code = '1+1'): Promise<number> {
  const t = process.hrtime.bigint();
  const { reply } = await kernel.execute(code);
  if (reply.content.status !== 'ok') throw new Error(`${code} failed: ${JSON.stringify(reply.content)}`);
  return ms(t);
}

/** spawn -> reply of a `1+1` sent as soon as the kernel answers kernel_info. */
async function cellAtOnce(argv: string[]): Promise<number> {
  const t0 = process.hrtime.bigint();
  const kernel = await KernelClient.start(argv, { cwd: ROOT });
  try {
    await kernel.ready();
    await roundTrip(kernel);
    return ms(t0);
  } finally {
    await kernel.close();
  }
}

interface Started {
  kernel: KernelClient;
  startup: number;
  /** spawn -> type checker ready, when the kernel says so. */
  checker?: number;
}

async function start(argv: string[]): Promise<Started> {
  const t0 = process.hrtime.bigint();
  const kernel = await KernelClient.start(argv, { cwd: ROOT });
  await kernel.request('kernel_info_request');
  const startup = ms(t0);
  await kernel.ready();
  return { kernel, startup };
}

/** Polls kernel_info until transferlab's type checker is ready; undefined for kernels that do not say. */
async function checkerReady(kernel: KernelClient, t0: number): Promise<number | undefined> {
  for (;;) {
    const info = await kernel.request('kernel_info_request');
    const state = (info.content.transferlab as { type_checker?: string } | undefined)?.type_checker;
    if (state === undefined) return undefined;
    if (state === 'ready') return performance.now() - t0;
    await sleep(20);
  }
}

async function main(): Promise<void> {
  const runs = option('--runs', 3);
  const pause = option('--pause-ms', 5000);
  const names = Object.keys(KERNELS);
  const rows = Object.fromEntries(
    names.map((n) => [n, { startup: [] as number[], checker: [] as number[], atOnce: [] as number[], first: [] as number[], trips: [] as number[], changed: [] as number[], cpu: [] as number[], coldFirst: 0 }]),
  );
  // Kernels start one after the other and their cells alternate, so machine load hits both alike.
  for (let r = 0; r < runs; r++) {
    for (const name of names) rows[name].atOnce.push(await cellAtOnce(KERNELS[name]));
    const started: Record<string, Started> = {};
    try {
      for (const name of names) {
        const t0 = performance.now();
        started[name] = await start(KERNELS[name]);
        rows[name].startup.push(started[name].startup);
        // The pause starts at start-up, as a person starts typing when the kernel is up.
        const [checker] = await Promise.all([checkerReady(started[name].kernel, t0), sleep(pause)]);
        if (checker !== undefined) rows[name].checker.push(checker);
        if (checker !== undefined && checker > pause) rows[name].coldFirst++;
        rows[name].first.push(await roundTrip(started[name].kernel));
      }
      for (let i = 0; i < 5; i++) for (const name of names) await roundTrip(started[name].kernel);
      const cpu0 = Object.fromEntries(names.map((name) => [name, cpuMs(started[name].kernel.process.pid)]));
      for (let i = 0; i < CELLS; i++) for (const name of names) rows[name].trips.push(await roundTrip(started[name].kernel));
      for (const name of names) rows[name].cpu.push((cpuMs(started[name].kernel.process.pid) - cpu0[name]) / CELLS);
      for (let i = 0; i < CELLS; i++) for (const name of names) rows[name].changed.push(await roundTrip(started[name].kernel, `${i + 2}+1`));
    } finally {
      for (const s of Object.values(started)) await s.kernel.close();
    }
  }
  console.log(`kernel bench: ${runs} runs, first cell ${pause} ms after start-up, ${CELLS} cells per run, medians (node ${process.version})`);
  console.log('kernel        start-up (ms)  checker ready (ms)  cell at once (ms)  first cell (ms)  1+1 round trip (ms)  kernel CPU per 1+1 (ms)  new cell (ms)');
  for (const name of names) {
    const row = rows[name];
    const checker = row.checker.length > 0 ? median(row.checker).toFixed(0) : '-';
    console.log(
      `${name.padEnd(13)} ${median(row.startup).toFixed(0).padStart(13)}  ${checker.padStart(18)}  ${median(row.atOnce).toFixed(0).padStart(17)}` +
        `  ${median(row.first).toFixed(1).padStart(15)}  ${median(row.trips).toFixed(1).padStart(19)}  ${median(row.cpu).toFixed(1).padStart(23)}` +
        `  ${median(row.changed).toFixed(1).padStart(13)}`,
    );
    if (row.coldFirst > 0) console.log(`  ${name}: in ${row.coldFirst} run(s) the checker was not ready when the first cell came; raise --pause-ms`);
  }
  console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${cpus().length} CPUs`);
  console.log('goals: start-up <= 1000 ms, first cell after start-up < 500 ms, 1+1 round trip < 5 ms (type checking on)');
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    console.error(e);
    process.exit(1);
  },
);
