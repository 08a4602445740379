import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { tf } from '../../src/tf';
import { loadPretrained } from '../../src/models';
import { evaluate } from '../../src/evaluate';
import { load, save, serve } from '../../src/deploy';
import { DEFAULT_TEMPLATES, zeroShot } from '../../src/fewshot';
import { tempDir } from '../deploy/fixtures/temp-dir';

const loadUseLite = () => loadPretrained('use-lite');
let base: Awaited<ReturnType<typeof loadUseLite>>;
before(async () => {
  await tf.setBackend('cpu');
  base = await loadUseLite();
});

const TOPICS = [
  { name: 'sports', description: 'sports' },
  { name: 'food', description: 'food and cooking' },
  { name: 'weather', description: 'the weather' },
];
const TEXTS = [
  'The striker scored twice and the team won the championship final.',
  'Simmer the onions in butter, then add the garlic and a pinch of salt.',
  'Heavy rain and strong winds are expected tomorrow, with snow in the hills.',
];

function unit(rows: number[][]): number[][] {
  return rows.map((r) => {
    const n = Math.hypot(...r);
    return r.map((v) => v / n);
  });
}

test('zero-shot scores are softmax(cosine(text, mean of normalised template embeddings) / temperature), computed by hand', async () => {
  const templates = ['{}', 'This text is about {}.'];
  const temperature = 0.1;
  const model = zeroShot(base, { labels: TOPICS, templates, temperature });
  const predictions = await model.predict(TEXTS);
  const embed = async (texts: string[]) => {
    const t = base.embed(texts);
    const rows = (await t.array()) as number[][];
    t.dispose();
    return unit(rows);
  };
  const perTemplate = await Promise.all(templates.map((tpl) => embed(TOPICS.map((l) => tpl.replace('{}', l.description)))));
  const labelVectors = unit(TOPICS.map((_, k) => perTemplate[0][k].map((_, d) => perTemplate.reduce((s, e) => s + e[k][d], 0) / templates.length)));
  const texts = await embed(TEXTS);
  texts.forEach((t, i) => {
    const logits = labelVectors.map((v) => v.reduce((s, x, d) => s + x * t[d], 0) / temperature);
    const max = Math.max(...logits);
    const exp = logits.map((l) => Math.exp(l - max));
    const expected = exp.map((e) => e / exp.reduce((a, b) => a + b, 0));
    expected.forEach((p, k) => assert.ok(Math.abs(p - predictions[i].scores[k]) < 1e-4, `text ${i} label ${k}: ${predictions[i].scores[k]} vs ${p}`));
  });
  assert.deepEqual(predictions.map((p) => p.label), ['sports', 'food', 'weather']);
  model.model.dispose();
});

test('zero-shot with the default templates and plain label names: a TextModel that tl.evaluate scores', async () => {
  assert.ok(DEFAULT_TEMPLATES.length > 1 && DEFAULT_TEMPLATES.every((t) => t.includes('{}')));
  const model = zeroShot(base, { labels: ['sports', 'cooking', 'weather'] });
  assert.deepEqual(model.labels, ['sports', 'cooking', 'weather']);
  assert.deepEqual(model.config.zeroShot, { descriptions: ['sports', 'cooking', 'weather'], templates: [...DEFAULT_TEMPLATES], temperature: 0.05 });
  const report = await evaluate(model, { texts: TEXTS, labels: ['sports', 'cooking', 'weather'] });
  assert.equal(report.accuracy, 1);
  model.model.dispose();
});

test('a saved zero-shot model loads and serves the same predictions', async () => {
  const model = zeroShot(base, { labels: TOPICS, template: 'This example is about {}.' });
  const dir = path.join(tempDir('transferlab-zero-shot-'), 'model');
  await save(model, dir);
  const loaded = await load(dir);
  assert.deepEqual(loaded.labels, model.labels);
  const [a, b] = [await model.predict(TEXTS), await loaded.predict(TEXTS)];
  a.forEach((p, i) => {
    assert.equal(b[i].label, p.label);
    p.scores.forEach((s, k) => assert.ok(Math.abs(s - b[i].scores[k]) < 1e-5));
  });
  const server = await serve(dir, { port: 0 });
  try {
    const res = await fetch(server.url + '/predict', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ texts: TEXTS }) });
    const body = (await res.json()) as { labels: string[]; predictions: Array<{ label: string }> };
    assert.deepEqual(body.predictions.map((p) => p.label), a.map((p) => p.label));
  } finally {
    await server.close();
  }
  loaded.model.dispose();
  model.model.dispose();
});

test('zeroShot allocates nothing beyond the model it returns', () => {
  const before = tf.memory().numTensors;
  const model = zeroShot(base, { labels: TOPICS });
  model.model.dispose();
  assert.equal(tf.memory().numTensors, before);
});

test('zero-shot works on the word vectors too', async () => {
  const glove = await loadPretrained('glove-100d', { maxWords: 20000 });
  const model = zeroShot(glove, { labels: ['sports', 'food', 'weather'] });
  const predictions = await model.predict(['football match goals team', 'bread cheese soup dinner', 'rain snow wind storm']);
  assert.deepEqual(predictions.map((p) => p.label), ['sports', 'food', 'weather']);
  model.model.dispose();
});
