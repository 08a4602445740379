// The zero/few-shot and compression tools on Hugging Face encoders (tiny random
// checkpoints written by the PyTorch reference): zero-shot and few-shot on a
// sentence-transformer, int8 save/load, distillation from an HF teacher into a
// one-layer HF student, and prune's error naming what it supports.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'fs';
import * as path from 'path';
import { tf } from '../../src/tf';
import { load, save } from '../../src/deploy';
import { distill, dropBlocks, prune } from '../../src/compress';
import { fewShot, zeroShot } from '../../src/fewshot';
import { loadHuggingFace, SentenceTransformer } from '../../src/models/huggingface';
import type { TextModel } from '../../src/models/types';
import { makeCheckpoint, PythonReference, tempDir } from '../huggingface/fixtures';

let ref: PythonReference;
before(async () => {
  await tf.setBackend('cpu');
  ref = new PythonReference();
});
after(() => ref.close());

const TEXTS = ['the film was good', 'the movie was bad', 'a great fun story', 'boring plot and bad actor', 'i liked it very good', 'not a good movie'];

async function sentenceTransformer(): Promise<SentenceTransformer> {
  const dir = await makeCheckpoint(ref, 'bert', 'base', { seed: 5 });
  const modules = [
    { idx: 0, name: '0', path: '', type: 'sentence_transformers.models.Transformer' },
    { idx: 1, name: '1', path: '1_Pooling', type: 'sentence_transformers.models.Pooling' },
    { idx: 2, name: '2', path: '2_Normalize', type: 'sentence_transformers.models.Normalize' },
  ];
  await fs.writeFile(path.join(dir, 'modules.json'), JSON.stringify(modules));
  await fs.mkdir(path.join(dir, '1_Pooling'));
  await fs.writeFile(path.join(dir, '1_Pooling', 'config.json'), JSON.stringify({ word_embedding_dimension: 12, pooling_mode_mean_tokens: true }));
  const base = await loadHuggingFace(dir);
  assert.ok(base instanceof SentenceTransformer, 'a sentence-transformers folder loads as a SentenceTransformer');
  return base;
}

function unit(v: number[]): number[] {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

test('zeroShot on a sentence-transformer: softmax(cosine(text, label) / T) from its own embeddings', async () => {
  const base = await sentenceTransformer();
  const labels = [{ name: 'neg', description: 'bad' }, { name: 'pos', description: 'good' }];
  const temperature = 0.1;
  assert.throws(() => zeroShot(base, { labels, multiLabel: true }), /options\.multiLabel needs an NLI model/);
  const model = zeroShot(base, { labels, template: 'it was {}.', temperature });
  const predictions = await model.predict(TEXTS);
  const embed = async (texts: string[]) => {
    const t = await base.embed(texts);
    const rows = (await t.array()) as number[][];
    t.dispose();
    return rows.map(unit);
  };
  const labelVectors = await embed(['it was bad.', 'it was good.']);
  const textVectors = await embed(TEXTS);
  textVectors.forEach((v, i) => {
    const logits = labelVectors.map((l) => l.reduce((s, x, j) => s + x * v[j], 0) / temperature);
    const exp = logits.map((x) => Math.exp(x - Math.max(...logits)));
    const expected = exp.map((e) => e / exp.reduce((a, b) => a + b, 0));
    predictions[i].scores.forEach((s, k) => assert.ok(Math.abs(s - expected[k]) < 1e-4, `text ${i} label ${k}: ${s} vs ${expected[k]}`));
  });
  model.model.dispose();
});

test('fewShot on a sentence-transformer: pair training then a head, a TextModel over the labels', async () => {
  const base = await sentenceTransformer();
  const train = {
    text: ['the film was good', 'a great fun story', 'i liked it', 'the movie was bad', 'boring plot', 'not good'],
    label: ['pos', 'pos', 'pos', 'neg', 'neg', 'neg'],
  };
  const frame = { columns: ['text', 'label'], column: (name: string) => ({ values: train[name as 'text' | 'label'] }) };
  const before = tf.memory().numTensors;
  const model = await fewShot(base, frame as never, { pairs: 12, epochs: 1, lr: 1e-2, batchSize: 4, seed: 3, silent: true });
  const frozenHead = await fewShot(base, frame as never, { epochs: 0, seed: 3, silent: true });
  assert.deepEqual(model.labels, ['neg', 'pos']);
  const predictions = await model.predict(TEXTS);
  assert.equal(predictions.length, TEXTS.length);
  for (const p of predictions) assert.ok(Math.abs(p.scores[0] + p.scores[1] - 1) < 1e-5);
  const encoderWeights = (m: TextModel) => m.model.getLayer('encoder').getWeights().map((w) => Array.from(w.dataSync()));
  const [tuned, frozen] = [encoderWeights(model), encoderWeights(frozenHead)];
  assert.notDeepEqual(tuned, frozen, 'pair training moved the encoder');
  model.model.dispose();
  frozenHead.model.dispose();
  assert.ok(tf.memory().numTensors <= before, `tensors ${before} -> ${tf.memory().numTensors}`);
});

test('int8 save of an HF classifier loads back dequantized: predictions within int8 rounding of float32', async () => {
  const model = (await loadHuggingFace(await makeCheckpoint(ref, 'bert', 'sequence-classification', { seed: 2 }))) as TextModel;
  const root = await tempDir('compress-int8');
  const dir = path.join(root, 'int8');
  await save(model, path.join(root, 'float32'));
  await save(model, dir, { quantize: 'int8' });
  const weightBytes = async (d: string) => (await fs.stat(path.join(d, 'weights.bin'))).size;
  // Kernels take 1 byte per weight; this tiny model's float32 vectors (biases, layer norms) keep it above the 25 % of large ones.
  const ratio = (await weightBytes(dir)) / (await weightBytes(path.join(root, 'float32')));
  assert.ok(ratio < 0.4, `int8 weights.bin is ${(100 * ratio).toFixed(1)} % of float32's`);
  const card = await fs.readFile(path.join(dir, 'model-card.md'), 'utf8');
  assert.match(card, /int8/);
  const loaded = await load(dir);
  const [a, b] = [await model.predict(TEXTS), await loaded.predict(TEXTS)];
  a.forEach((p, i) => p.scores.forEach((s, k) => assert.ok(Math.abs(s - b[i].scores[k]) < 0.02, `text ${i} label ${k}: ${s} vs ${b[i].scores[k]}`)));
  model.model.dispose();
  loaded.model.dispose();
});

test('distill an HF teacher into a one-layer HF student with the same labels: the student moves toward the teacher', async () => {
  const teacher = (await loadHuggingFace(await makeCheckpoint(ref, 'bert', 'sequence-classification', { seed: 7 }))) as TextModel;
  const student = (await loadHuggingFace(await makeCheckpoint(ref, 'bert', 'sequence-classification', { seed: 8, config: { num_hidden_layers: 1 } }))) as TextModel;
  assert.ok(student.model.countParams() < teacher.model.countParams());
  const gap = async () => {
    const [t, s] = [await teacher.predict(TEXTS), await student.predict(TEXTS)];
    return t.reduce((sum, p, i) => sum + p.scores.reduce((d, x, k) => d + Math.abs(x - s[i].scores[k]), 0), 0) / TEXTS.length;
  };
  const before = await gap();
  const tensors = tf.memory().numTensors;
  const history = await distill(teacher, student, TEXTS, { temperature: 2, epochs: 25, batchSize: 3, lr: 1e-2, seed: 1, silent: true });
  assert.equal(tf.memory().numTensors, tensors, 'no tensors left behind');
  assert.ok(history.epochs[24].loss < history.epochs[0].loss, `loss ${history.epochs[0].loss} -> ${history.epochs[24].loss}`);
  const afterGap = await gap();
  assert.ok(afterGap < before / 2, `mean |p_teacher - p_student| ${before} -> ${afterGap}`);
  teacher.model.dispose();
  student.model.dispose();
});

test('prune and dropBlocks on an HF classifier are clear errors naming what they support and what to use instead', async () => {
  const model = (await loadHuggingFace(await makeCheckpoint(ref, 'bert', 'sequence-classification', { seed: 1 }))) as TextModel;
  await assert.rejects(prune(model, { sparsity: 0.5 }), /tl\.prune\(model, options\): model is a Hugging Face encoder \(2 transformer layers\); structured pruning and block dropping support USE-lite classifiers only\. .*tl\.distill/);
  await assert.rejects(dropBlocks(model, { keep: 1 }), /tl\.dropBlocks\(model, options\): model is a Hugging Face encoder/);
  model.model.dispose();
});
