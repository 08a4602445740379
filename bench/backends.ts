// Fine-tuning speed per backend, in one run: a text classifier with one
// transformer encoder layer (multi-head self-attention, feed-forward, layer
// norms) trained with Adam, plus a 1024³ matMul, on each backend asked for.
// Prints examples/s and GFLOP/s. Usage:
//   node dist/bench/backends.js [--backends webgpu,wasm] [--allow-software] [--size small|base] [--steps N]
import { tf } from '../src/tf';
import { releaseWebGpu, useBackend, type BackendRequest } from '../src/backend';

interface Size { vocab: number; d: number; heads: number; ffn: number; seq: number; batch: number }
const SIZES: Record<string, Size> = {
  small: { vocab: 1000, d: 64, heads: 2, ffn: 128, seq: 32, batch: 8 },
  base: { vocab: 8000, d: 256, heads: 4, ffn: 1024, seq: 128, batch: 32 },
};

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function seeded(shape: number[], seed: number, scale: number): tf.Variable {
  return tf.tidy(() => tf.variable(tf.randomNormal(shape, 0, scale, 'float32', seed)));
}

function makeModel(s: Size) {
  const w = (rows: number, cols: number, seed: number) => seeded([rows, cols], seed, 1 / Math.sqrt(rows));
  const vars = {
    embed: seeded([s.vocab, s.d], 1, 0.1),
    wq: w(s.d, s.d, 2), wk: w(s.d, s.d, 3), wv: w(s.d, s.d, 4), wo: w(s.d, s.d, 5),
    f1: w(s.d, s.ffn, 6), f2: w(s.ffn, s.d, 7), head: w(s.d, 2, 8),
  };
  const layerNorm = (x: tf.Tensor) => {
    const { mean, variance } = tf.moments(x, -1, true);
    return x.sub(mean).mul(tf.rsqrt(variance.add(1e-5)));
  };
  const dh = s.d / s.heads;
  const split = (x: tf.Tensor) => x.reshape([s.batch, s.seq, s.heads, dh]).transpose([0, 2, 1, 3]);
  const loss = (ids: tf.Tensor2D, labels: tf.Tensor2D) => {
    const x = tf.gather(vars.embed, ids).reshape([s.batch * s.seq, s.d]);
    const q = split(x.matMul(vars.wq));
    const k = split(x.matMul(vars.wk));
    const v = split(x.matMul(vars.wv));
    const attn = tf.softmax(tf.matMul(q, k, false, true).div(Math.sqrt(dh))).matMul(v);
    const merged = attn.transpose([0, 2, 1, 3]).reshape([s.batch * s.seq, s.d]).matMul(vars.wo);
    const h = layerNorm(x.add(merged));
    const out = layerNorm(h.add(tf.relu(h.matMul(vars.f1)).matMul(vars.f2)));
    const pooled = out.reshape([s.batch, s.seq, s.d]).mean(1) as tf.Tensor2D;
    return tf.losses.softmaxCrossEntropy(labels, pooled.matMul(vars.head)) as tf.Scalar;
  };
  return { vars, loss };
}

async function timeTraining(s: Size, steps: number): Promise<{ examplesPerSecond: number; msPerStep: number; loss: number }> {
  const { vars, loss } = makeModel(s);
  const ids = tf.tidy(() => tf.randomUniform([s.batch, s.seq], 0, s.vocab, 'int32', 9) as tf.Tensor2D);
  const labels = tf.tidy(() => tf.oneHot(tf.randomUniform([s.batch], 0, 2, 'int32', 10) as tf.Tensor1D, 2).toFloat() as tf.Tensor2D);
  const optimizer = tf.train.adam(1e-3);
  const step = async () => {
    const l = optimizer.minimize(() => loss(ids, labels), true) as tf.Scalar;
    const value = (await l.data())[0];
    l.dispose();
    return value;
  };
  await step(); // compiles shaders / warms caches
  const t0 = performance.now();
  let last = 0;
  for (let i = 0; i < steps; i++) last = await step();
  const ms = (performance.now() - t0) / steps;
  optimizer.dispose();
  tf.dispose([ids, labels, ...Object.values(vars)]);
  return { examplesPerSecond: (s.batch * 1000) / ms, msPerStep: ms, loss: last };
}

async function matMulGflops(n: number, reps: number): Promise<number> {
  const a = tf.randomNormal([n, n], 0, 1, 'float32', 1);
  const b = tf.randomNormal([n, n], 0, 1, 'float32', 2);
  const once = async () => {
    const c = tf.matMul(a, b);
    await c.data();
    c.dispose();
  };
  await once();
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) await once();
  const seconds = (performance.now() - t0) / 1000 / reps;
  tf.dispose([a, b]);
  return (2 * n ** 3) / seconds / 1e9;
}

async function main(): Promise<void> {
  const backends = arg('backends', 'webgpu,wasm').split(',') as BackendRequest[];
  const allowSoftware = process.argv.includes('--allow-software');
  const sizeName = arg('size', 'base');
  const size = SIZES[sizeName];
  if (!size) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}, got ${sizeName}`);
  console.log(`model: 1 encoder layer d=${size.d} heads=${size.heads} ffn=${size.ffn}, seq ${size.seq}, batch ${size.batch}, vocab ${size.vocab}; Adam`);
  const rows: string[] = [];
  for (const request of backends) {
    try {
      const sel = await useBackend(request, { allowSoftware, silent: true });
      // A software adapter computes at CPU speed: time it like a CPU.
      const gpu = sel.device.kind === 'gpu' && !sel.device.software;
      const steps = Number(arg('steps', gpu ? '20' : '3'));
      const tensors = tf.memory().numTensors;
      const train = await timeTraining(size, steps);
      const gflops = await matMulGflops(1024, gpu ? 20 : 2);
      const leaked = tf.memory().numTensors - tensors;
      rows.push(
        `${sel.candidate.padEnd(14)} ${train.examplesPerSecond.toFixed(2).padStart(9)} ex/s  ${train.msPerStep.toFixed(0).padStart(7)} ms/step  ` +
          `matMul 1024³ ${gflops.toFixed(1).padStart(7)} GFLOP/s  loss ${train.loss.toFixed(4)}  tensors +${leaked}  on ${sel.device.name}${sel.device.software ? ' (software)' : ''}`,
      );
    } catch (err) {
      rows.push(`${request.padEnd(14)} unavailable: ${(err as Error).message.split('\n').slice(0, 3).join(' | ')}`);
    }
    console.log(rows[rows.length - 1]);
  }
  await releaseWebGpu('cpu');
  console.log(`\nsummary (${sizeName}):\n${rows.join('\n')}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
