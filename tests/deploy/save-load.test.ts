import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { tf } from '../../src/tf';
import { load, pipeline, save, SavedModelError } from '../../src/deploy';
import { evaluate } from '../../src/evaluate';
import { fixtureTextModel } from './fixtures/text-model';
import { tempDir } from './fixtures/temp-dir';

const TEXTS = ['the movie was good', 'awful and dull', 'a great fun movie', '', 'zzz unknown wordz', 'bad bad bad bad bad bad bad bad bad bad bad bad bad bad'];
const tmp = () => tempDir();

function logits(model: tf.LayersModel, ids: tf.Tensor2D): Float32Array {
  return tf.tidy(() => (model.predict(ids) as tf.Tensor).dataSync() as Float32Array);
}

test('save then load predicts bit-identical probabilities', async () => {
  const dir = path.join(tmp(), 'model');
  const original = fixtureTextModel({ seed: 3 });
  const result = await save(original, dir, { card: { dataset: 'fixture reviews', evaluation: { accuracy: 0.875 } } });
  assert.deepEqual(Object.keys(result.files).sort(), ['manifest.json', 'model-card.md', 'model.json', 'tokenizer.json', 'transferlab.json', 'weights.bin']);

  const loaded = await load(dir);
  const ids = original.encode(TEXTS);
  assert.deepEqual(Array.from(logits(loaded.model, ids)), Array.from(logits(original.model, ids)));
  ids.dispose();
  assert.deepEqual(await loaded.predict(TEXTS), await original.predict(TEXTS));
  assert.deepEqual(loaded.labels, ['neg', 'pos']);
  assert.equal(loaded.saved.preprocessing.maxLength, 12);
  assert.equal(loaded.saved.card.base, 'fixture-tiny');
  assert.deepEqual(loaded.tokenizer.encode('the movie'), original.tokenizer.encode('the movie'));

  const card = await fs.readFile(path.join(dir, 'model-card.md'), 'utf8');
  for (const expected of ['fixture-tiny', 'fixture reviews', 'accuracy', '0.8750', 'neg, pos']) assert.ok(card.includes(expected), expected);
  const manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8'));
  const weights = await fs.readFile(path.join(dir, 'weights.bin'));
  assert.equal(manifest.files['weights.bin'].sha256, createHash('sha256').update(weights).digest('hex'));
  assert.deepEqual(await fs.readdir(path.dirname(dir)), ['model'], 'no temporary directories left behind');
});

test('a changed, truncated or missing file is reported by name', async () => {
  const dir = path.join(tmp(), 'model');
  await save(fixtureTextModel(), dir);
  const rejectsNaming = (file: string, words: RegExp) =>
    assert.rejects(load(dir), (err: unknown) => {
      assert.ok(err instanceof SavedModelError, String(err));
      assert.equal(err.file, path.join(dir, file));
      assert.match(err.message, words);
      assert.match(err.message, /save the model again|Restore/i);
      return true;
    });

  const weightsFile = path.join(dir, 'weights.bin');
  const weights = await fs.readFile(weightsFile);
  const flipped = Buffer.from(weights);
  flipped[7] ^= 0x01;
  await fs.writeFile(weightsFile, flipped);
  await rejectsNaming('weights.bin', /sha256/);
  await fs.writeFile(weightsFile, weights);

  const tokenizerFile = path.join(dir, 'tokenizer.json');
  const tokenizer = await fs.readFile(tokenizerFile);
  await fs.writeFile(tokenizerFile, tokenizer.subarray(0, tokenizer.length - 10));
  await rejectsNaming('tokenizer.json', /truncated/);
  await fs.writeFile(tokenizerFile, tokenizer);

  await fs.rm(path.join(dir, 'model-card.md'));
  await rejectsNaming('model-card.md', /missing/);
});

test('save replaces a saved model but refuses to overwrite other directories', async () => {
  const root = tmp();
  const dir = path.join(root, 'model');
  await save(fixtureTextModel({ seed: 1 }), dir);
  const second = fixtureTextModel({ seed: 2 });
  await save(second, dir);
  assert.deepEqual(await (await load(dir)).predict(TEXTS), await second.predict(TEXTS));
  assert.deepEqual(await fs.readdir(root), ['model']);

  const notes = path.join(root, 'notes');
  await fs.mkdir(notes);
  await fs.writeFile(path.join(notes, 'todo.txt'), 'keep me');
  await assert.rejects(save(second, notes), /not a saved model.*refusing/);
  assert.equal(await fs.readFile(path.join(notes, 'todo.txt'), 'utf8'), 'keep me');
});

test('load puts back a model whose replacement was interrupted between the two renames', async () => {
  const root = tmp();
  const dir = path.join(root, 'model');
  const model = fixtureTextModel({ seed: 4 });
  await save(model, dir);
  await fs.rename(dir, path.join(root, '.model.old-99999-abcd'));
  const loaded = await load(dir);
  assert.deepEqual(await loaded.predict(TEXTS), await model.predict(TEXTS));
  assert.deepEqual(await fs.readdir(root), ['model']);
});

test('loaded predict is batched and leaks no tensors', async () => {
  const dir = path.join(tmp(), 'model');
  await save(fixtureTextModel(), dir);
  const loaded = await load(dir);
  const texts = Array.from({ length: 70 }, (_, i) => TEXTS[i % TEXTS.length]);
  await loaded.predict(texts, { batchSize: 16 });
  const before = tf.memory().numTensors;
  const predictions = await loaded.predict(texts, { batchSize: 16 });
  assert.equal(tf.memory().numTensors, before);
  assert.equal(predictions.length, 70);
  assert.deepEqual(predictions[6], predictions[0]);

  const predict = await pipeline(dir);
  assert.deepEqual(await predict(TEXTS[0]), [predictions[0]]);
  assert.deepEqual(await predict(TEXTS), predictions.slice(0, TEXTS.length));
});

test('bad arguments get errors that say what to pass', async () => {
  await assert.rejects(save({} as never, tmp()), /lacks model, tokenizer, config, labels/);
  await assert.rejects(load(path.join(tmp(), 'nothing-here')), (err: unknown) => {
    assert.ok(err instanceof SavedModelError);
    assert.match(err.message, /manifest\.json is missing/);
    return true;
  });
});

test('the model card records the last evaluation and the parameter counts by itself', async () => {
  const dir = path.join(tmp(), 'model');
  const model = fixtureTextModel({ seed: 6 });
  const report = await evaluate(model, { texts: TEXTS, labels: ['pos', 'neg', 'pos', 'neg', 'neg', 'neg'] });
  await save(model, dir);
  const { card } = (await load(dir)).saved;
  assert.equal(card.evaluation?.accuracy, report.accuracy);
  assert.equal(card.evaluation?.examples, TEXTS.length);
  const params = model.model.weights.reduce((n, w) => n + w.shape.reduce((a: number, b) => a * (b ?? 1), 1), 0);
  assert.equal(card.training?.totalParams, params);
  assert.equal(card.training?.trainableParams, params);
  const markdown = await fs.readFile(path.join(dir, 'model-card.md'), 'utf8');
  assert.ok(markdown.includes(`| accuracy | ${report.accuracy.toFixed(4)} |`), markdown);
});
