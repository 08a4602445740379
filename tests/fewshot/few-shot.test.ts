import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { DataFrame } from '../../src/data';
import { loadPretrained } from '../../src/models';
import { fewShot, FewShotStopped, generatePairs } from '../../src/fewshot';
import { indicesByClass } from '../../src/fewshot/pairs';
import { SeededRandom } from '../../src/seed';

const loadUseLite = () => loadPretrained('use-lite');
let base: Awaited<ReturnType<typeof loadUseLite>>;
before(async () => {
  await tf.setBackend('cpu');
  base = await loadUseLite();
});

const TRAIN = new DataFrame({
  text: [
    'A wonderful, moving film with a brilliant cast.',
    'I loved every minute; the best movie this year.',
    'Beautifully shot and genuinely funny.',
    'A dull, lifeless mess that wastes its actors.',
    'Boring and far too long; I walked out.',
    'The worst script I have sat through in years.',
  ],
  label: ['pos', 'pos', 'pos', 'neg', 'neg', 'neg'],
});
const SMALL = { pairs: 24, batchSize: 8, maxLength: 24, head: { epochs: 5 }, silent: true } as const;

function weightValues(model: tf.LayersModel): Float32Array[] {
  return model.weights.map((w) => Float32Array.from(w.read().dataSync() as Float32Array));
}

test('pairs: half positive, half negative, each target right, the same for the same seed', () => {
  const y = Int32Array.from([0, 0, 0, 1, 1, 2, 2]);
  const byClass = indicesByClass(y, ['a', 'b', 'c'], 'test');
  const pairs = generatePairs(y, byClass, 40, new SeededRandom(7));
  assert.equal(pairs.length, 40);
  assert.equal(pairs.filter((p) => p.target === 1).length, 20);
  for (const p of pairs) {
    assert.notEqual(p.a, p.b);
    assert.equal(p.target, y[p.a] === y[p.b] ? 1 : 0);
  }
  assert.deepEqual(generatePairs(y, byClass, 40, new SeededRandom(7)), pairs);
  assert.notDeepEqual(generatePairs(y, byClass, 40, new SeededRandom(8)), pairs);
});

test('few-shot on USE-lite trains the top layers on pairs (the bottom stays), pulls classes apart, and is bit-identical for a seed', async () => {
  const reference = base.buildEncoder({ sequence: false });
  const before = new Map(reference.layers.map((l) => [l.name, l.getWeights().map((w) => Array.from(w.dataSync()))]));
  const start = tf.memory().numTensors - reference.weights.length;
  const a = await fewShot(base, TRAIN, { ...SMALL, seed: 5 });
  const encoder = a.model.getLayer('encoder') as tf.LayersModel;
  const moved = encoder.layers.filter((l) => l.countParams() > 0).filter((l) => {
    const now = l.getWeights().map((w) => Array.from(w.dataSync()));
    return JSON.stringify(now) !== JSON.stringify(before.get(l.name));
  });
  assert.deepEqual(moved.map((l) => l.name), ['transformer_1', 'tanh']);
  assert.deepEqual(a.labels, ['neg', 'pos']);
  assert.equal((a.config.fewShot as { pairLoss: number[] }).pairLoss.length, 1);

  // The tuned encoder separates the classes more than the pre-trained one.
  const margin = (model: tf.LayersModel) =>
    tf.tidy(() => {
      const e = model.predict(a.encode(TRAIN.column('text').values as string[])) as tf.Tensor2D;
      const u = e.div(e.norm('euclidean', 1, true));
      const sim = u.matMul(u.transpose()).arraySync() as number[][];
      const labels = TRAIN.column('label').values as string[];
      let same = 0, diff = 0, ns = 0, nd = 0;
      sim.forEach((row, i) => row.forEach((s, j) => {
        if (i === j) return;
        if (labels[i] === labels[j]) (same += s), ns++;
        else (diff += s), nd++;
      }));
      return same / ns - diff / nd;
    });
  assert.ok(margin(encoder) > margin(reference), `${margin(encoder)} <= ${margin(reference)}`);

  const b = await fewShot(base, TRAIN, { ...SMALL, seed: 5 });
  assert.deepEqual(weightValues(b.model), weightValues(a.model));
  assert.deepEqual(await b.predict(['a great film', 'a terrible film']), await a.predict(['a great film', 'a terrible film']));
  const c = await fewShot(base, TRAIN, { ...SMALL, seed: 6 });
  assert.notDeepEqual(weightValues(c.model), weightValues(a.model));
  for (const m of [a, b, c, { model: reference }]) m.model.dispose();
  assert.equal(tf.memory().numTensors, start, 'no tensors left behind');
});

test('few-shot with epochs 0 is the frozen-encoder head: the encoder keeps its weights', async () => {
  const model = await fewShot(base, TRAIN, { ...SMALL, epochs: 0, seed: 1 });
  const reference = base.buildEncoder({ sequence: false });
  assert.deepEqual(weightValues(model.model.getLayer('encoder') as tf.LayersModel), weightValues(reference));
  assert.deepEqual((await model.predict(['fine'])).length, 1);
  model.model.dispose();
  reference.dispose();
});

test('few-shot stops at a batch boundary when its signal aborts, and frees what it allocated', async () => {
  const start = tf.memory().numTensors;
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(fewShot(base, TRAIN, { ...SMALL, seed: 2, signal: controller.signal }), (err: unknown) => {
    assert.ok(err instanceof FewShotStopped);
    assert.equal(err.history.stopReason, 'stopped');
    assert.match(err.message, /stopped during pair training after 0 steps/);
    return true;
  });
  assert.equal(tf.memory().numTensors, start);
});

test('few-shot on word vectors tunes the embedding table', async () => {
  const glove = await loadPretrained('glove-100d', { maxWords: 3000 });
  const model = await fewShot(glove, TRAIN, { ...SMALL, seed: 3, lr: 1e-2 });
  const reference = glove.buildEncoder({ sequence: false });
  assert.notDeepEqual(weightValues(model.model.getLayer('encoder') as tf.LayersModel), weightValues(reference));
  const predictions = await model.predict(['a wonderful film', 'a dull mess']);
  assert.ok(predictions.every((p) => model.labels.includes(p.label)));
  model.model.dispose();
  reference.dispose();
});
