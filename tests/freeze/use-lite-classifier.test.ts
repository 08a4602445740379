import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { freeze, summary, unfreeze } from '../../src/freeze';
import { classifier, loadPretrained } from '../../src/models';
import { changed, snapshot } from './text-model';

before(async () => {
  await tf.setBackend('cpu');
});

test("the real USE-lite classifier: freeze upTo 'encoder' freezes the whole base; unfreezing its top trains only that", async () => {
  const base = await loadPretrained('use-lite');
  const clf = classifier(base, { labels: ['neg', 'pos'] });
  freeze(clf, { upTo: 'encoder' });
  const head = clf.model.getLayer('head');
  const headParams = head.trainableWeights.reduce((sum, w) => sum + w.shape.reduce<number>((a, b) => a * (b ?? 1), 1), 0);
  assert.equal(summary(clf).trainableParams, headParams);
  clf.model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
  const x = clf.encode(['a wonderful film', 'dull and far too long', 'I loved it', 'a waste of time']);
  const y = tf.tensor2d([[0, 1], [1, 0], [0, 1], [1, 0]]);
  let before = snapshot(clf.model);
  await clf.model.fit(x, y, { epochs: 2, batchSize: 4, verbose: 0 });
  const moved = changed(before, snapshot(clf.model));
  assert.ok(moved.length > 0 && moved.every((name) => head.weights.some((w) => w.originalName === name)), moved.join());
  unfreeze(clf, { layers: ['encoder/tanh'] });
  before = snapshot(clf.model);
  await clf.model.fit(x, y, { epochs: 1, batchSize: 4, verbose: 0 });
  const tanh = clf.model.getLayer('encoder') as tf.LayersModel;
  const tanhNames = tanh.getLayer('tanh').weights.map((w) => w.originalName);
  const movedNow = changed(before, snapshot(clf.model));
  assert.ok(tanhNames.every((n) => movedNow.includes(n)), movedNow.join());
  assert.ok(movedNow.every((n) => tanhNames.includes(n) || head.weights.some((w) => w.originalName === n)), movedNow.join());
  tf.dispose([x, y]);
  clf.model.dispose();
});
