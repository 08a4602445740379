// bench/hf (issue 12): a BERT-base-shaped encoder (12 layers, 768 wide, 12 heads, FFN 3072,
// random weights, 128 tokens) with BERT's classification head, trained (forward, backward,
// Adam) and run for inference on useBackend('auto') and in PyTorch in the same run.
//   npm run bench -- hf [--batch=8] [--steps=2] [--infer-steps=3] [--threads=2] [--layers=12] [--no-torch]
import { spawnSync } from 'child_process';
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

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? 'true']));
const num = (k: string, d: number) => (args[k] !== undefined ? Number(args[k]) : d);
const RUN = { batch: num('batch', 8), length: 128, steps: num('steps', 2), inferSteps: num('infer-steps', 3), threads: num('threads', Math.min(2, os.availableParallelism())), torch: args['no-torch'] === undefined };
const CONFIG = {
  model_type: 'bert', vocab_size: 30522, hidden_size: 768, num_hidden_layers: num('layers', 12), num_attention_heads: 12, intermediate_size: 3072,
  hidden_act: 'gelu', max_position_embeddings: 512, type_vocab_size: 2, layer_norm_eps: 1e-12, hidden_dropout_prob: 0, attention_probs_dropout_prob: 0, pad_token_id: 0,
};
const GOAL = { train: 0.5, infer: 2 / 3 };

const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function seconds(f: () => void): number {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** A base with random weights: only the encoder's shape matters here. */
const base: EncoderBase = {
  name: 'bert-base-shaped (random)',
  maxLength: 512,
  tokenizer: { kind: 'none', vocabSize: CONFIG.vocab_size, padId: 0 } as Tokenizer,
  buildEncoder: (o) => buildEncoderModel(parseConfig(CONFIG, 'bench'), 0, o?.sequence === true),
};

async function ours(): Promise<{ train: number; infer: number; peak: number; backend: string }> {
  await useBackend('auto', { silent: true, threads: RUN.threads });
  const clf = classifier(base, { labels: ['a', 'b'], dropout: 0 });
  const model = clf.model;
  const ids = tf.randomUniform([RUN.batch, RUN.length], 5, CONFIG.vocab_size, 'int32') as tf.Tensor2D;
  const labels = tf.oneHot(tf.randomUniform([RUN.batch], 0, 2, 'int32') as tf.Tensor1D, 2);
  // fineTune's optimizer (tf.train.adam keeps every weight's temporaries until all are updated).
  const optimizer = new Adam();
  const weights = model.trainableWeights.map((w) => w.read() as tf.Variable);
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const step = () => {
    tf.tidy(() => {
      const { grads } = tf.variableGrads(() => tf.losses.softmaxCrossEntropy(labels, tf.log(tf.add(model.apply(ids, { training: true }) as tf.Tensor, 1e-9))) as tf.Scalar, weights);
      optimizer.apply(weights.map((variable, index) => ({ index, variable, grad: grads[variable.name], lr: 1e-5 })));
    });
    sample();
  };
  step(); // Adam's moment variables
  const train = median(Array.from({ length: RUN.steps }, () => seconds(step)));
  const infer = () => {
    tf.tidy(() => (model.predict(ids) as tf.Tensor).dataSync());
    sample();
  };
  infer();
  const inferS = median(Array.from({ length: RUN.inferSteps }, () => seconds(infer)));
  tf.dispose([ids, labels]);
  optimizer.dispose();
  model.dispose();
  return { train: RUN.batch / train, infer: RUN.batch / inferS, peak, backend: tf.getBackend() };
}

function torch(): { train: number; infer: number; peak: number; version: string } | string {
  const python = '/usr/bin/python3';
  if (!fs.existsSync(python)) return `${python} not found (apt-get install python3-torch)`;
  const script = path.resolve(__dirname, '..', '..', '..', 'bench', 'hf', 'reference.py');
  const cfg = { config: CONFIG, batch: RUN.batch, length: RUN.length, threads: RUN.threads, trainSteps: RUN.steps, inferSteps: RUN.inferSteps };
  const run = spawnSync(python, [script, JSON.stringify(cfg)], { encoding: 'utf8', timeout: 1_200_000 });
  if (run.status !== 0) return `reference.py failed: ${(run.stderr || run.error?.message || '').trim().split('\n').at(-1)}`;
  const r = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
  return { train: RUN.batch / r.trainSeconds, infer: RUN.batch / r.inferSeconds, peak: r.peakBytes, version: r.torch };
}

const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;

async function main(): Promise<void> {
  console.log(`model: BERT-base shape, ${CONFIG.num_hidden_layers} layers, 768 wide, 12 heads, FFN 3072, ${RUN.length} tokens, batch ${RUN.batch}, float32, Adam | ${os.availableParallelism()} cores, ${RUN.threads} threads | load ${load()} (shared machine)`);
  const t = RUN.torch ? torch() : 'skipped (--no-torch)';
  if (typeof t === 'string') console.log(`pytorch: ${t}`);
  else console.log(`pytorch ${t.version}: train ${t.train.toFixed(2)} ex/s | infer ${t.infer.toFixed(2)} ex/s | peak RSS ${mb(t.peak)} | load ${load()}`);
  const o = await ours();
  console.log(`transferlab (${o.backend}): train ${o.train.toFixed(2)} ex/s | infer ${o.infer.toFixed(2)} ex/s | peak RSS ${mb(o.peak)} | load ${load()}`);
  if (typeof t !== 'string') {
    const tr = o.train / t.train;
    const inf = o.infer / t.infer;
    console.log(`ratio to PyTorch: training ${tr.toFixed(2)} (goal >= ${GOAL.train}: ${tr >= GOAL.train ? 'met' : 'missed'}), inference ${inf.toFixed(2)} (goal >= ${GOAL.infer.toFixed(2)}: ${inf >= GOAL.infer ? 'met' : 'missed'})`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
