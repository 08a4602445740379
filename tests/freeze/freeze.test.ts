import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { freeze, summary, syncFrozenState, unfreeze } from '../../src/freeze';
import { batch, changed, snapshot, textModel, train } from './text-model';

before(async () => {
  await tf.setBackend('cpu');
});

const ENCODER = ['embedding/embeddings', 'conv/kernel', 'conv/bias', 'norm/gamma', 'norm/beta', 'norm/moving_mean', 'norm/moving_variance', 'enc_dense/kernel', 'enc_dense/bias'];
const HEAD = ['hidden/kernel', 'hidden/bias', 'probs/kernel', 'probs/bias'];

function compiled(optimizer: tf.Optimizer = tf.train.adam(0.01)): tf.LayersModel {
  const model = textModel();
  model.compile({ optimizer, loss: 'categoricalCrossentropy' });
  return model;
}

/** Adam keeps iterations plus two moments per weight it has stepped. */
function adamSlots(model: tf.LayersModel): number {
  return (model.optimizer as unknown as { accumulatedFirstMoment: unknown[] }).accumulatedFirstMoment.length;
}

test("freeze upTo 'encoder': frozen weights stay bit for bit (BatchNorm moving stats too), the head trains", async () => {
  const model = textModel();
  freeze(model, { upTo: 'encoder' });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
  const before = snapshot(model);
  await train(model);
  assert.deepEqual(changed(before, snapshot(model)).sort(), [...HEAD].sort());
  assert.equal(adamSlots(model), HEAD.length, 'the optimizer only sees trainable weights');
  model.dispose();
});

test('frozen BatchNorm and Dropout run in inference mode even when the model trains', () => {
  const model = textModel();
  const { x } = batch();
  freeze(model, { upTo: 'encoder' });
  const inference = model.predict(x) as tf.Tensor;
  const training = model.apply(x, { training: true }) as tf.Tensor;
  assert.deepEqual(training.arraySync(), inference.arraySync());
  unfreeze(model);
  const trainingUnfrozen = model.apply(x, { training: true }) as tf.Tensor;
  assert.notDeepEqual(trainingUnfrozen.arraySync(), inference.arraySync(), 'unfrozen, dropout and batch statistics apply again');
  tf.dispose([x, inference, training, trainingUnfrozen]);
  model.dispose();
});

test('freezing after compile and after training takes effect without re-compiling; unfreezing too, with Adam state kept aligned', async () => {
  const model = compiled();
  await train(model, 1);
  assert.equal(adamSlots(model), ENCODER.length - 2 + HEAD.length);
  freeze(model, { upTo: 'encoder' });
  let before = snapshot(model);
  await train(model);
  assert.deepEqual(changed(before, snapshot(model)).sort(), [...HEAD].sort());
  assert.equal(adamSlots(model), HEAD.length, 'state of frozen weights is released');
  unfreeze(model, { layers: ['encoder/enc_dense'] });
  before = snapshot(model);
  await train(model);
  assert.deepEqual(changed(before, snapshot(model)).sort(), ['enc_dense/bias', 'enc_dense/kernel', ...HEAD].sort());
  assert.equal(adamSlots(model), HEAD.length + 2);
  assert.equal((await model.optimizer.getWeights()).length, 1 + 2 * (HEAD.length + 2), 'no holes: the optimizer state can be saved');
  // Re-compiling by habit with the same optimizer stays correct (plain tfjs: 'could not be broadcast' here).
  unfreeze(model, { layers: ['encoder/conv'] });
  const fresh = (await model.optimizer.getWeights()).slice(1, 3);
  assert.deepEqual(fresh.map((w) => w.name.replace(/_\d+\//, '/')), ['conv/kernel/m', 'conv/bias/m']);
  assert.deepEqual(fresh.map((w) => w.tensor.shape), [[3, 8, 8], [8]]);
  model.compile({ optimizer: model.optimizer, loss: 'categoricalCrossentropy' });
  before = snapshot(model);
  await train(model);
  assert.ok(changed(before, snapshot(model)).includes('conv/kernel'));
  model.dispose();
});

test('every selector: names, nested paths, indices, regex, last n; unknown names are errors listing what exists', () => {
  const model = textModel();
  const frozenNames = () => summary(model).rows.filter((r) => r.state === 'frozen').map((r) => r.name);
  freeze(model, { layers: ['encoder/embedding', 'encoder/2'] });
  assert.deepEqual(frozenNames(), ['encoder/embedding', 'encoder/conv']);
  unfreeze(model);
  freeze(model, { upTo: 1 });
  assert.deepEqual(frozenNames().filter((n) => !n.includes('/')), ['encoder']);
  unfreeze(model);
  freeze(model, { match: /^head\/|norm/ });
  assert.deepEqual(frozenNames(), ['encoder/norm', 'head', 'head/hidden', 'head/probs']);
  freeze(model);
  unfreeze(model, { last: 3 });
  assert.deepEqual(summary(model).rows.filter((r) => r.state === 'trainable').map((r) => r.name), ['encoder/enc_dense', 'head', 'head/hidden', 'head/probs']);
  freeze(model, { from: 'head/probs' });
  assert.equal(summary(model).rows.find((r) => r.name === 'head/probs')?.state, 'frozen');
  assert.throws(() => freeze(model, { layers: ['encoder/embeding'] }), /No layer named 'embeding'.*encoder\/embedding/s);
  assert.throws(() => freeze(model, { upTo: 'decoder' }), /No layer named 'decoder'\. Available: tokens, encoder, encoder\/ids/);
  assert.throws(() => freeze(model, { match: /nothing-like-this/ }), /No layer path matches/);
  assert.throws(() => freeze(model, { upTo: 7 }), /out of range/);
  assert.throws(() => freeze(model, { upTo: 'encoder', last: 1 }), /Give one of/);
  model.dispose();
});

test('a TextModel-like object ({ model }) and a tf.Sequential freeze the same way', async () => {
  const wrapped = { model: compiled() };
  freeze(wrapped, { upTo: 'encoder' });
  assert.equal(wrapped.model.trainableWeights.length, HEAD.length);
  wrapped.model.dispose();
  const sequential = tf.sequential({ layers: [tf.layers.dense({ units: 4, inputShape: [3], name: 'a' }), tf.layers.dense({ units: 1, name: 'b' })] });
  freeze(sequential, { layers: ['a'] });
  sequential.compile({ optimizer: tf.train.adam(0.1), loss: 'meanSquaredError' });
  const x = tf.ones([4, 3]);
  const y = tf.zeros([4, 1]);
  let before = snapshot(sequential);
  await sequential.fit(x, y, { epochs: 2, verbose: 0 });
  assert.deepEqual(changed(before, snapshot(sequential)).sort(), ['b/bias', 'b/kernel']);
  unfreeze(sequential, { layers: [0] }); // after compile: tf.Sequential trains through an inner model that must see it
  before = snapshot(sequential);
  await sequential.fit(x, y, { epochs: 2, verbose: 0 });
  assert.deepEqual(changed(before, snapshot(sequential)).sort(), ['a/bias', 'a/kernel', 'b/bias', 'b/kernel']);
  tf.dispose([x, y]);
  sequential.dispose();
  assert.throws(() => freeze({} as never), /Expected a tf.LayersModel/);
});

test('a nested model frozen by hand (encoder.trainable = false) behaves after syncFrozenState', async () => {
  const model = compiled();
  await train(model, 1);
  model.getLayer('encoder').trainable = false;
  syncFrozenState(model);
  const before = snapshot(model);
  await train(model);
  assert.deepEqual(changed(before, snapshot(model)).sort(), [...HEAD].sort());
  model.dispose();
});

test('freezing and training leak no tensors', async () => {
  const model = compiled();
  await train(model, 1);
  const start = tf.memory().numTensors;
  for (let i = 0; i < 3; i++) {
    freeze(model, { upTo: 'encoder' });
    await train(model, 1);
    unfreeze(model);
    await train(model, 1);
  }
  assert.equal(tf.memory().numTensors, start);
  model.dispose();
});
