// bench/hf (issue 12): a BERT-base-shaped encoder (12 layers, 768 wide, 12 heads, FFN 3072,
// random weights, 128 tokens) with BERT's classification head, trained (forward, backward,
// Adam) and run for inference on useBackend('auto') and in PyTorch in the same run.
// The two sides take turns step by step (PyTorch is a long-lived child), so on this shared
// machine both see the same load; figures are medians, with the load average beside them.
// PyTorch runs on OpenBLAS (bash bench/hf/get-openblas.sh): Debian's python3-torch otherwise
// runs on the reference BLAS, ~50x slower, which would make any ratio meaningless.
//   npm run bench -- hf [--batch=8] [--steps=3] [--infer-steps=5] [--threads=2] [--layers=12] [--no-torch]
// Measured 2026-12-06 on this 2-core AMD EPYC, shared (1-min load 24-31 during the steps), batch 8,
// PyTorch 1.13 on OpenBLAS 0.3.21 (Cooperlake kernel), ours native-cpu (MLAS products + wasm):
//   2 threads: train ours 0.12 ex/s (12.5 CPU-s/step) vs PyTorch 0.11 (18.4) -> 1.04 (goal 0.5 met);
//              infer ours 0.49 ex/s (2.4 CPU-s/batch) vs 0.24 (4.2) -> 2.06 (goal 0.67 met);
//              peak RSS 2569 MiB vs 3188 MiB.
//   1 thread:  train 0.05 vs 0.10 ex/s (18.5 vs 10.9 CPU-s) -> 0.45; infer 0.28 vs 0.63 (4.3 vs 2.2 CPU-s)
//              -> 0.44: both missed. Per core PyTorch+OpenBLAS does ~1.7-2x the work; at 2 threads on
//              this loaded machine OpenBLAS's threads spend CPU waiting, which evens the wall times.
//   With Debian's default reference BLAS PyTorch took ~130 s per training step (the
//   earlier 0.06 ex/s): its FFN product ran at 3-5 GFLOPS, against ~200 on OpenBLAS (2 threads).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tf } from '../../src/tf';
import { useBackend } from '../../src/backend';
import { classifier } from '../../src/models/heads';
import { Adam } from '../../src/train/adam';
import { parseConfig } from '../../src/models/huggingface/config';
import { buildEncoderModel } from '../../src/models/huggingface/encoder';
import type { EncoderBase } from '../../src/models/heads/types';
import type { Tokenizer } from '../../src/tokenizers/types';
import { PythonReference } from '../../tests/huggingface/fixtures';
import { torchEnv } from './torch-env';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? 'true']));
const num = (k: string, d: number) => (args[k] !== undefined ? Number(args[k]) : d);
const RUN = { batch: num('batch', 8), length: 128, steps: num('steps', 3), inferSteps: num('infer-steps', 5), threads: num('threads', Math.min(2, os.availableParallelism())), torch: args['no-torch'] === undefined };
const CONFIG = {
  model_type: 'bert', vocab_size: 30522, hidden_size: 768, num_hidden_layers: num('layers', 12), num_attention_heads: 12, intermediate_size: 3072,
  hidden_act: 'gelu', max_position_embeddings: 512, type_vocab_size: 2, layer_norm_eps: 1e-12, hidden_dropout_prob: 0, attention_probs_dropout_prob: 0, pad_token_id: 0,
};
const GOAL = { train: 0.5, infer: 2 / 3 };

interface Step {
  seconds: number;
  cpuSeconds: number;
  peakBytes: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const loads: number[] = [];
const noteLoad = () => loads.push(os.loadavg()[0]);

function timed(f: () => void): Step {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  f();
  const used = process.cpuUsage(cpu);
  return { seconds: Number(process.hrtime.bigint() - wall) / 1e9, cpuSeconds: (used.user + used.system) / 1e6, peakBytes: process.resourceUsage().maxRSS * 1024 };
}

/** A base with random weights: only the encoder's shape matters here. */
const base: EncoderBase = {
  name: 'bert-base-shaped (random)',
  maxLength: 512,
  tokenizer: { kind: 'none', vocabSize: CONFIG.vocab_size, padId: 0 } as Tokenizer,
  buildEncoder: (o) => buildEncoderModel(parseConfig(CONFIG, 'bench'), 0, o?.sequence === true),
};

/** Our side: fineTune's Adam on a tl.classifier over the encoder, stepped one call at a time. */
async function ours() {
  await useBackend('auto', { silent: true, threads: RUN.threads });
  const model = classifier(base, { labels: ['a', 'b'], dropout: 0 }).model;
  const ids = tf.randomUniform([RUN.batch, RUN.length], 5, CONFIG.vocab_size, 'int32') as tf.Tensor2D;
  const labels = tf.oneHot(tf.randomUniform([RUN.batch], 0, 2, 'int32') as tf.Tensor1D, 2);
  const optimizer = new Adam();
  const weights = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const train = () =>
    timed(() =>
      tf.tidy(() => {
        const loss = () => tf.losses.softmaxCrossEntropy(labels, tf.log(tf.add(model.apply(ids, { training: true }) as tf.Tensor, 1e-9))) as tf.Scalar;
        const { grads } = tf.variableGrads(loss, weights);
        optimizer.apply(weights.map((variable, index) => ({ index, variable, grad: grads[variable.name], lr: 1e-5 })));
      }),
    );
  const infer = () => timed(() => tf.tidy(() => (model.predict(ids) as tf.Tensor).dataSync()));
  const dispose = () => {
    tf.dispose([ids, labels]);
    optimizer.dispose();
    model.dispose();
  };
  return { train, infer, dispose, backend: tf.getBackend(), gflops: gflops() };
}

/** The same FFN product as the PyTorch side measures, on our backend. */
function gflops(): number {
  return tf.tidy(() => {
    const a = tf.randomNormal([1024, 768]);
    const b = tf.randomNormal([768, 3072]);
    for (let i = 0; i < 2; i++) tf.matMul(a, b).dataSync();
    const n = 5;
    const { seconds } = timed(() => {
      for (let i = 0; i < n; i++) tf.matMul(a, b).dataSync();
    });
    return (2 * 1024 * 768 * 3072 * n) / seconds / 1e9;
  });
}

interface TorchInfo {
  torch: string;
  threads: number;
  blas: { built: string; loaded: string[]; core?: string; config?: string };
  env: Record<string, string | null>;
  gflops: number;
}

/** PyTorch's child: OpenBLAS when found, with OPENBLAS_CORETYPE/L2_SIZE unset (they force a slower kernel) — in this child only. */
function torchChild(): { ref: PythonReference; note: string } | string {
  if (!fs.existsSync('/usr/bin/python3')) return '/usr/bin/python3 not found (apt-get install python3-torch)';
  const { env, note } = torchEnv();
  return { ref: new PythonReference({ script: path.resolve(__dirname, '../../../bench/hf/reference.py'), env }), note };
}

function report(name: string, train: Step[], infer: Step[]): { train: number; infer: number } {
  const t = median(train.map((s) => s.seconds));
  const i = median(infer.map((s) => s.seconds));
  const cpu = (xs: Step[]) => median(xs.map((s) => s.cpuSeconds)).toFixed(1);
  const peak = Math.max(...train.map((s) => s.peakBytes), ...infer.map((s) => s.peakBytes));
  console.log(`${name}: train ${(RUN.batch / t).toFixed(2)} ex/s (${t.toFixed(2)} s/step, ${cpu(train)} CPU-s) | infer ${(RUN.batch / i).toFixed(2)} ex/s (${i.toFixed(2)} s/batch, ${cpu(infer)} CPU-s) | peak RSS ${mb(peak)}`);
  return { train: RUN.batch / t, infer: RUN.batch / i };
}

async function main(): Promise<void> {
  console.log(`model: BERT-base shape, ${CONFIG.num_hidden_layers} layers, 768 wide, 12 heads, FFN 3072, ${RUN.length} tokens, batch ${RUN.batch}, float32, Adam | ${os.availableParallelism()} cores, ${RUN.threads} threads | load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (shared machine)`);
  const child = RUN.torch ? torchChild() : 'skipped (--no-torch)';
  const ref = typeof child === 'string' ? undefined : child.ref;
  if (typeof child === 'string') console.log(`pytorch: ${child}`);
  else {
    const info = await child.ref.request<TorchInfo>({ op: 'setup', config: CONFIG, batch: RUN.batch, length: RUN.length, threads: RUN.threads });
    const kernel = info.blas.core ? `OpenBLAS ${info.blas.core} kernel` : 'no OpenBLAS';
    console.log(`pytorch ${info.torch}: ${info.threads} threads | BLAS built ${info.blas.built}, loaded ${info.blas.loaded.join(', ')} (${kernel}) | env ${JSON.stringify(info.env)} | FFN product ${info.gflops.toFixed(0)} GFLOPS${child.note}`);
  }
  const o = await ours();
  console.log(`transferlab: backend ${o.backend} | FFN product ${o.gflops.toFixed(0)} GFLOPS`);
  // Warm-up (Adam's moments, first-call compilation), then alternate the two sides.
  const torchStep = async (op: 'train' | 'infer') => (ref ? ref.request<Step & { ok: boolean }>({ op }) : undefined);
  await torchStep('train');
  o.train();
  const steps = { torch: { train: [] as Step[], infer: [] as Step[] }, ours: { train: [] as Step[], infer: [] as Step[] } };
  for (let i = 0; i < RUN.steps; i++) {
    const t = await torchStep('train');
    if (t) steps.torch.train.push(t);
    steps.ours.train.push(o.train());
    noteLoad();
  }
  await torchStep('infer');
  o.infer();
  for (let i = 0; i < RUN.inferSteps; i++) {
    const t = await torchStep('infer');
    if (t) steps.torch.infer.push(t);
    steps.ours.infer.push(o.infer());
    noteLoad();
  }
  o.dispose();
  ref?.close();
  console.log(`load average (1 min) during the steps: median ${median(loads).toFixed(1)}, max ${Math.max(...loads).toFixed(1)} on ${os.availableParallelism()} cores`);
  const ourRate = report(`transferlab (${o.backend})`, steps.ours.train, steps.ours.infer);
  if (!ref) return;
  const torchRate = report('pytorch', steps.torch.train, steps.torch.infer);
  const tr = ourRate.train / torchRate.train;
  const inf = ourRate.infer / torchRate.infer;
  console.log(`ratio to PyTorch: training ${tr.toFixed(2)} (goal >= ${GOAL.train}: ${tr >= GOAL.train ? 'met' : 'missed'}), inference ${inf.toFixed(2)} (goal >= ${GOAL.infer.toFixed(2)}: ${inf >= GOAL.infer ? 'met' : 'missed'})`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
