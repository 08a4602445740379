import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { JUPYTER_DISPLAY } from '../../src/display';
import { tf } from '../../src/tf';
import { freeze, gradualUnfreezing, layerGroups, lrMultipliers, summary, unfreeze } from '../../src/freeze';
import { changed, snapshot, textModel, train } from './text-model';

before(async () => {
  await tf.setBackend('cpu');
});

const size = (weights: tf.LayerVariable[]) => weights.reduce((sum, w) => sum + w.shape.reduce<number>((a, b) => a * (b ?? 1), 1), 0);

test('summary totals equal the sums of the weight sizes, whatever is frozen', () => {
  const model = textModel();
  const check = () => {
    const s = summary(model);
    assert.equal(s.totalParams, size(model.weights));
    assert.equal(s.trainableParams, size(model.trainableWeights));
    assert.equal(s.frozenParams, size(model.nonTrainableWeights));
    const topRows = s.rows.filter((r) => r.depth === 0);
    assert.equal(topRows.reduce((sum, r) => sum + r.params, 0), s.totalParams);
    assert.equal(topRows.reduce((sum, r) => sum + r.trainableParams, 0), s.trainableParams);
    return s;
  };
  check();
  freeze(model, { upTo: 'encoder/norm' });
  const partly = check();
  assert.equal(partly.rows.find((r) => r.name === 'encoder')?.state, 'partly frozen');
  assert.equal(partly.rows.find((r) => r.name === 'encoder/conv')?.state, 'frozen');
  assert.equal(partly.rows.find((r) => r.name === 'encoder/drop')?.state, 'no weights');
  freeze(model);
  assert.equal(check().trainableParams, 0);
  unfreeze(model, { last: 1 });
  assert.equal(check().trainableParams, 6 * 2 + 2);
  model.dispose();
});

test('summary rows carry output shapes and depth; it prints as text and displays as HTML', () => {
  const model = textModel();
  freeze(model, { upTo: 'encoder' });
  const s = summary(model);
  const conv = s.rows.find((r) => r.name === 'encoder/conv');
  assert.equal(conv?.outputShape, '[null, 6, 8]');
  assert.equal(conv?.type, 'Conv1D');
  assert.equal(conv?.depth, 1);
  assert.equal(s.rows.find((r) => r.name === 'head')?.outputShape, '[null, 2]');
  const text = s.toString();
  assert.match(text, /^Model: classifier/);
  assert.match(text, /Trainable params: 68\b/);
  assert.match(text, /\n  conv|\n {2}encoder\/conv/);
  const bundle = s[JUPYTER_DISPLAY]();
  assert.equal(bundle['text/plain'], text);
  assert.match(String(bundle['text/html']), /<table>.*encoder\/conv.*frozen/s);
  assert.equal(summary(model, { expandNested: false }).rows.length, 3);
  model.dispose();
});

test('layerGroups: encoder halves plus head by default, ULMFiT multipliers, explicit groups', () => {
  const model = textModel();
  const groups = layerGroups(model);
  assert.deepEqual(groups.map((g) => g.layers.map((l) => l.name)), [['embedding', 'conv'], ['norm', 'enc_dense'], ['hidden', 'probs']]);
  assert.equal(groups[2].name, 'head');
  assert.deepEqual(groups.map((g) => g.lrMultiplier), [1 / 2.6 ** 2, 1 / 2.6, 1]);
  const explicit = layerGroups(model, { groups: [['encoder'], { name: 'top', layers: ['head'] }], lrMultipliers: [0.1, 1] });
  assert.deepEqual(explicit.map((g) => [g.name, g.layers.length, g.lrMultiplier]), [['encoder/ids .. encoder/enc_dense', 7, 0.1], ['top', 3, 1]]);
  const byWeight = lrMultipliers(explicit);
  assert.equal(byWeight.get(model.getLayer('head').trainableWeights[0].name), 1);
  assert.equal(byWeight.get(model.getLayer('encoder').trainableWeights[0].name), 0.1);
  assert.throws(() => layerGroups(model, { lrMultipliers: [1] }), /1 lrMultipliers for 3 groups/);
  assert.throws(() => layerGroups(model, { groups: [['encoder/nope']] }), /No layer named 'nope'/);
  const grouped = summary(model, { groups });
  assert.deepEqual(grouped.rows.map((r) => r.name), [groups[0].name, groups[1].name, 'head']);
  assert.equal(grouped.rows.reduce((sum, r) => sum + r.params, 0), size(model.weights));
  model.dispose();
});

test('gradual unfreezing: the head first, one more group per epoch, effective without re-compiling', async () => {
  const model = textModel();
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
  const schedule = gradualUnfreezing(model, { every: 1 });
  const [bottom, middle] = schedule.groups.map((g) => g.layers.flatMap((l) => l.weights.map((w) => w.originalName)));
  assert.deepEqual([0, 1, 2, 3, 10].map((e) => schedule.trainableGroupsAt(e)), [1, 2, 3, 3, 3]);
  const trained: string[][] = [];
  for (let epoch = 0; epoch < 3; epoch++) {
    assert.deepEqual(schedule.apply(epoch), schedule.groups.slice(3 - (epoch + 1)).map((g) => g.name));
    const before = snapshot(model);
    await train(model, 2);
    trained.push(changed(before, snapshot(model)));
  }
  assert.ok(trained[0].every((w) => /^(hidden|probs)\//.test(w)) && trained[0].length === 4, trained[0].join());
  assert.ok(middle.filter((w) => !w.includes('moving')).every((w) => trained[1].includes(w)) && !trained[1].some((w) => bottom.includes(w)), trained[1].join());
  assert.ok(bottom.every((w) => trained[2].includes(w)), trained[2].join());
  const slowly = gradualUnfreezing(model, { every: 2, initial: 2 });
  assert.deepEqual([0, 1, 2, 3].map((e) => slowly.trainableGroupsAt(e)), [2, 2, 3, 3]);
  assert.throws(() => gradualUnfreezing(model, { every: 0 }), /every must be/);
  model.dispose();
});
