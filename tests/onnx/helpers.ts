// Shared by the ONNX tests: IMDB reviews, the largest probability difference between two
// prediction lists, the ONNX checker, and the export -> load -> predict parity check.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs, mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tf } from '../../src/tf';
import { load, save } from '../../src/deploy';
import { loadImdb } from '../../src/data/imdb';
import { padIds } from '../../src/models/batching';
import type { HeadedTextModel } from '../../src/models/heads/text-model';
import type { EntityPrediction, Prediction, TextModel } from '../../src/models/types';
import { OnnxTextModel } from '../../src/onnx';

export const TOLERANCE = 1e-4;

export function reviews(n: number): string[] {
  return loadImdb({ split: 'test', limit: n, seed: 7 }).column('text').values.map(String);
}

/** Largest |a - b| over every score (and, for token predictions, every token's scores). */
export function maxDifference(a: Prediction[], b: Prediction[]): number {
  let max = 0;
  const rows = (p: Prediction): number[][] => [p.scores, ...((p as { tokens?: Prediction[] }).tokens ?? []).map((t) => t.scores)];
  a.forEach((p, i) => {
    const ra = rows(p);
    const rb = rows(b[i]);
    if (ra.length !== rb.length) throw new Error(`prediction ${i}: ${ra.length} score rows against ${rb.length}`);
    ra.forEach((s, r) => s.forEach((v, j) => (max = Math.max(max, Math.abs(v - rb[r][j])))));
  });
  return max;
}

/** Python onnx 1.12's verdict on a file: 'ok' or its error. */
export function onnxChecker(file: string): string {
  const script = 'import sys, onnx\ntry:\n  onnx.checker.check_model(onnx.load(sys.argv[1]), full_check=True); print("ok")\nexcept Exception as e:\n  print(type(e).__name__, e)';
  return execFileSync('/usr/bin/python3', ['-c', script, file]).toString().trim();
}

/** tfjs predictions with every text padded to the batch's longest (no length batching, no packing). */
export async function paddedTfjs(model: TextModel, texts: string[]): Promise<Prediction[]> {
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

/**
 * Saves `model` as ONNX, checks the file with the ONNX checker, loads it and compares its
 * predictions on `texts` with tfjs predict() and with one padded tfjs batch, within 1e-4.
 * Returns the two largest differences.
 */
export async function checkExport(name: string, model: TextModel, texts: string[], inputs?: string[]): Promise<{ api: number; padded: number }> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'transferlab-onnx-'));
  try {
    const dir = path.join(root, 'model');
    const saved = await save(model, dir, { format: 'onnx' });
    assert.deepEqual(Object.keys(saved.files).sort(), ['manifest.json', 'model-card.md', 'model.onnx', 'tokenizer.json', 'transferlab.json']);
    assert.equal(onnxChecker(path.join(dir, 'model.onnx')), 'ok', `${name}: the ONNX checker (full_check) rejects the export`);
    const before = tf.memory().numTensors;
    const onnx = await load(dir);
    assert.ok(onnx instanceof OnnxTextModel);
    if (inputs) assert.deepEqual(onnx.session.inputNames, inputs, `${name}: the graph's inputs`);
    const fromOnnx = await onnx.predict(texts);
    assert.equal(tf.memory().numTensors, before, `${name}: predicting through onnxruntime leaves no tfjs tensors`);
    const viaApi = await model.predict(texts); // USE-lite: packed rows; the others: length batches
    const padded = await paddedTfjs(model, texts);
    const api = maxDifference(fromOnnx, viaApi);
    const paddedDiff = maxDifference(fromOnnx, padded);
    assert.ok(api <= TOLERANCE, `${name}: ONNX vs tfjs predict() differ by ${api}`);
    assert.ok(paddedDiff <= TOLERANCE, `${name}: ONNX vs tfjs padded batch differ by ${paddedDiff}`);
    assert.deepEqual(fromOnnx.map((p) => p.label), viaApi.map((p) => p.label));
    const spans = (ps: Prediction[]) => ps.map((p) => (p as Partial<EntityPrediction>).entities?.map((e) => [e.type, e.start, e.end]));
    assert.deepEqual(spans(fromOnnx), spans(viaApi), `${name}: ONNX and tfjs group the same entities`);
    assert.deepEqual(await onnx.predict([]), []);
    onnx.dispose();
    return { api, padded: paddedDiff };
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}
