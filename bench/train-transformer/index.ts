// bench/train-transformer (issue 8): examples/s training and inferring the
// issue's transformer (2 encoder layers, d=512, 8 heads, FFN 1536, sequence 128,
// batch 32, float32; forward + backward + Adam) in PyTorch and on each tfjs
// backend, in the same run, with the ratio to PyTorch and, per backend, the
// profiler's time split by kernel. Flags: see config.ts.
import * as os from 'os';
import { tf } from '../../src/tf';
import { useBackend } from '../../src/backend';
import { registerWasmExplicit, WASM_EXPLICIT_BACKEND } from '../../src/backend/native-cpu';
import { MODEL, RUN } from './config';
import { buildModel } from './model';
import { formatKernelTimes, kernelTimes } from './profile';
import { runTorchReference } from './torch-reference';

const BAR = { train: 6.4, infer: 33 };
/** Backends whose training step takes about a minute: the first step is timed too, fewer steps. */
const SLOW = new Set(['wasm', WASM_EXPLICIT_BACKEND, 'cpu']);

function seconds(f: () => void): number {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function load(): string {
  return os.loadavg().map((l) => l.toFixed(1)).join(' ');
}

async function activate(backend: string): Promise<void> {
  if (backend === WASM_EXPLICIT_BACKEND) {
    await useBackend('wasm', { silent: true });
    registerWasmExplicit();
    await tf.setBackend(WASM_EXPLICIT_BACKEND);
    return;
  }
  await useBackend(backend as Parameters<typeof useBackend>[0], { silent: true, threads: RUN.threads });
}

interface Rates {
  train: number;
  infer: number;
}

async function benchBackend(backend: string): Promise<Rates> {
  await activate(backend);
  const slow = SLOW.has(backend);
  const model = buildModel();
  // The first step creates Adam's moment variables; tensors counted after it must not grow.
  const first = seconds(() => model.trainStep());
  const before = tf.memory().numTensors;
  const timed = slow ? [first, ...Array.from({ length: RUN.wasmSteps - 1 }, () => seconds(() => model.trainStep()))] : Array.from({ length: RUN.steps }, () => seconds(() => model.trainStep()));
  const train = median(timed);
  model.infer();
  const infer = median(Array.from({ length: RUN.inferSteps }, () => seconds(() => model.infer())));
  const leaked = tf.memory().numTensors - before;
  const rates = { train: MODEL.batch / train, infer: MODEL.batch / infer };
  console.log(
    `${backend.padEnd(13)} train ${rates.train.toFixed(2)} ex/s (${train.toFixed(2)} s/step) | infer ${rates.infer.toFixed(1)} ex/s (${infer.toFixed(3)} s/batch)` +
      `${leaked ? ` | LEAK: ${leaked} tensors` : ''} | load ${load()}`,
  );
  if (RUN.profile) {
    console.log(`  inference profile: ${formatKernelTimes(await kernelTimes(() => model.infer()))}`);
    if (!slow) console.log(`  training profile:  ${formatKernelTimes(await kernelTimes(() => model.trainStep()))}`);
  }
  model.dispose();
  return rates;
}

function torchRun(): Rates | undefined {
  const result = runTorchReference();
  if (typeof result === 'string') {
    console.log(`pytorch       skipped: ${result}`);
    return undefined;
  }
  const rates = { train: MODEL.batch / result.trainSeconds, infer: MODEL.batch / result.inferSeconds };
  console.log(
    `pytorch ${result.torch} train ${rates.train.toFixed(2)} ex/s (${result.trainSeconds.toFixed(2)} s/step) | infer ${rates.infer.toFixed(1)} ex/s (${result.inferSeconds.toFixed(3)} s/batch) | load ${load()}`,
  );
  return rates;
}

async function main(): Promise<void> {
  console.log(
    `model: ${MODEL.layers} encoder layers, d=${MODEL.dim}, ${MODEL.heads} heads, FFN ${MODEL.ffn}, sequence ${MODEL.length}, batch ${MODEL.batch}, float32, Adam | ` +
      `${os.availableParallelism()} cores, ${RUN.threads} threads | load average ${load()} (shared machine)`,
  );
  // PyTorch runs before and after the fast backends; on a shared machine the
  // ratios use its better run of the two, the figure least flattering to us.
  const torchRuns: Rates[] = [];
  const runTorch = (): void => {
    const r = RUN.torch ? torchRun() : undefined;
    if (r) torchRuns.push(r);
  };
  runTorch();
  const results: [string, Rates][] = [];
  const ordered = [...RUN.backends.filter((b) => !SLOW.has(b)), ...RUN.backends.filter((b) => SLOW.has(b))];
  for (const [i, backend] of ordered.entries()) {
    if (i > 0 && SLOW.has(backend) && !SLOW.has(ordered[i - 1])) runTorch();
    try {
      results.push([backend, await benchBackend(backend)]);
    } catch (err) {
      console.log(`${backend.padEnd(13)} skipped: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
  }
  const torch = torchRuns.length ? { train: Math.max(...torchRuns.map((r) => r.train)), infer: Math.max(...torchRuns.map((r) => r.infer)) } : undefined;
  console.log(
    torch
      ? `\nsummary: rate as a fraction of PyTorch's best run above (bar: training >= 0.25, inference >= 0.5)`
      : `\nsummary: no PyTorch here; bar on the issue machine: training >= ${BAR.train} ex/s, inference >= ${BAR.infer} ex/s`,
  );
  for (const [backend, r] of results) {
    const train = torch ? r.train / torch.train : r.train / BAR.train / 4;
    const infer = torch ? r.infer / torch.infer : r.infer / BAR.infer / 2;
    const vs = torch ? ` | ${train.toFixed(2)}x PyTorch training, ${infer.toFixed(2)}x inference` : '';
    const bar = `bar ${train >= 0.25 ? 'met' : 'missed'} (train), ${infer >= 0.5 ? 'met' : 'missed'} (infer)`;
    console.log(`  ${backend.padEnd(13)} train ${r.train.toFixed(2)} ex/s, infer ${r.infer.toFixed(1)} ex/s${vs} | ${bar}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
