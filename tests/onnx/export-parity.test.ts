import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs, mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tf } from '../../src/tf';
import { useBackend } from '../../src/backend';
import { load, save } from '../../src/deploy';
import { classifier, tokenClassifier } from '../../src/models/heads';
import { loadUseLite } from '../../src/models/use-lite';
import { loadGlove } from '../../src/models/word-vectors/glove';
import { padIds } from '../../src/models/batching';
import { OnnxTextModel } from '../../src/onnx';
import type { EntityPrediction, Prediction, TextModel } from '../../src/models/types';
import type { HeadedTextModel } from '../../src/models/heads/text-model';
import { maxDifference, onnxChecker, reviews } from './helpers';

// The bench measures 1,000 reviews; CI time allows fewer.
const TEXTS = reviews(24);
const TOLERANCE = 1e-4;

/** tfjs predictions with every text padded to the batch's longest (no length batching, no packing). */
async function paddedTfjs(model: TextModel, texts: string[]): Promise<Prediction[]> {
  const ids = (model as HeadedTextModel).tokenIds(texts);
  const probs = tf.tidy(() => model.model.predict(padIds(ids, model.tokenizer.padId)) as tf.Tensor);
  const rows = (await probs.array()) as number[][] | number[][][];
  probs.dispose();
  return rows.map((r, i) => {
    if (model.config.task !== 'token-classification') return { label: '', score: 0, scores: r as number[] };
    const tokens = (r as number[][]).slice(0, ids[i].length).map((scores) => ({ label: '', score: 0, scores }));
    const mean = model.labels.map((_, k) => tokens.reduce((sum, t) => sum + t.scores[k], 0) / Math.max(tokens.length, 1));
    return { label: '', score: 0, scores: mean, tokens } as Prediction;
  });
}

async function checkFamily(name: string, model: TextModel): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'transferlab-onnx-'));
  try {
    const dir = path.join(root, 'model');
    const saved = await save(model, dir, { format: 'onnx' });
    assert.deepEqual(Object.keys(saved.files).sort(), ['manifest.json', 'model-card.md', 'model.onnx', 'tokenizer.json', 'transferlab.json']);
    assert.equal(onnxChecker(path.join(dir, 'model.onnx')), 'ok', `${name}: the ONNX checker (full_check) rejects the export`);
    const before = tf.memory().numTensors;
    const onnx = await load(dir);
    assert.ok(onnx instanceof OnnxTextModel);
    const fromOnnx = await onnx.predict(TEXTS);
    assert.equal(tf.memory().numTensors, before, `${name}: predicting through onnxruntime leaves no tfjs tensors`);
    const viaApi = await model.predict(TEXTS); // USE-lite: packed rows; the others: length batches
    const padded = await paddedTfjs(model, TEXTS);
    const packedDiff = maxDifference(fromOnnx, viaApi);
    const paddedDiff = maxDifference(fromOnnx, padded);
    assert.ok(packedDiff <= TOLERANCE, `${name}: ONNX vs tfjs predict() differ by ${packedDiff}`);
    assert.ok(paddedDiff <= TOLERANCE, `${name}: ONNX vs tfjs padded batch differ by ${paddedDiff}`);
    assert.deepEqual(fromOnnx.map((p) => p.label), viaApi.map((p) => p.label));
    const spans = (ps: Prediction[]) => ps.map((p) => (p as Partial<EntityPrediction>).entities?.map((e) => [e.type, e.start, e.end]));
    assert.deepEqual(spans(fromOnnx), spans(viaApi), `${name}: ONNX and tfjs group the same entities`);
    assert.deepEqual(await onnx.predict([]), []);
    (onnx as OnnxTextModel).dispose();
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

test('USE-lite classifiers (with and without a hidden layer) export to ONNX that matches tfjs within 1e-4, padded and packed', async () => {
  await useBackend('wasm', { silent: true });
  const base = await loadUseLite();
  await checkFamily('use-lite', classifier(base, { labels: ['neg', 'pos'], maxLength: 64, seed: 1 }));
  await checkFamily('use-lite hidden', classifier(base, { labels: ['a', 'b', 'c'], maxLength: 48, hidden: 16, seed: 2 }));
});

test('a USE-lite token classifier exports per-token probabilities matching tfjs', async () => {
  await useBackend('wasm', { silent: true });
  await checkFamily('use-lite tokens', tokenClassifier(await loadUseLite(), { labels: ['O', 'B-X', 'I-X'], maxLength: 40, seed: 3 }));
});

test('word-vector classifiers and token classifiers export to ONNX that matches tfjs', async () => {
  await useBackend('wasm', { silent: true });
  const glove = await loadGlove({ maxWords: 20000 });
  await checkFamily('glove', classifier(glove, { labels: ['neg', 'pos'], maxLength: 64, hidden: 8, seed: 4 }));
  await checkFamily('glove tokens', tokenClassifier(glove, { labels: ['O', 'B-X'], maxLength: 64, seed: 5 }));
});
