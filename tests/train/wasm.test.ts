// The same loop on the wasm backend (the one every user has), through useBackend so
// that its kernel gaps (the gradient of gather for a trainable Embedding) are filled.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { useBackend } from '../../src/backend';
import { fineTune } from '../../src/train/fine-tune';
import { restoreWeights, snapshotWeights } from '../../src/train/weights';
import { encoderOf, toyModel, toyTensors, weightValues } from './toy';

before(async () => {
  await useBackend('wasm', { silent: true });
});

test('wasm: a trainable Embedding trains, loss falls, no tensors leak', async () => {
  assert.equal(tf.getBackend(), 'wasm');
  const model = toyModel();
  const data = toyTensors(96);
  const before = tf.memory().numTensors;
  const history = await fineTune(model, data, { epochs: 4, batchSize: 16, lr: 0.02, seed: 1, silent: true });
  assert.equal(tf.memory().numTensors, before);
  tf.dispose([data.x, data.y]);
  assert.ok(history.epochs[3].loss < history.epochs[0].loss * 0.7, `loss ${history.epochs.map((e) => e.loss)}`);
});

test('wasm: the frozen-feature cache gives the weights of no cache', async () => {
  const data = toyTensors(32);
  const initial = snapshotWeights(toyModel());
  const train = async (cache: 'memory' | false) => {
    const model = toyModel();
    restoreWeights(model, initial, 'initial');
    encoderOf(model).trainable = false;
    await fineTune(model, data, { epochs: 2, batchSize: 8, seed: 3, cache, silent: true });
    return weightValues(model);
  };
  assert.deepEqual(await train('memory'), await train(false));
  tf.dispose([data.x, data.y]);
});
