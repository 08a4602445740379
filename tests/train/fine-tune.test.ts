import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { fineTune } from '../../src/train/fine-tune';
import { restoreWeights, snapshotWeights, stableWeights } from '../../src/train/weights';
import { useCpu } from './setup';
import { encoderOf, toyModel, toyTensors, weightValues } from './toy';

before(useCpu);

test('loss decreases and accuracy rises on a learnable toy task', async () => {
  const model = toyModel();
  const data = toyTensors(128);
  const history = await fineTune(model, data, { epochs: 6, batchSize: 16, lr: 0.02, seed: 1, silent: true });
  tf.dispose([data.x, data.y]);
  assert.equal(history.epochs.length, 6);
  assert.equal(history.steps.length, 6 * 8);
  const first = history.epochs[0];
  const last = history.epochs[5];
  assert.ok(last.loss < first.loss * 0.5, `loss ${first.loss} -> ${last.loss}`);
  assert.ok(last.acc > 0.9, `accuracy ${last.acc}`);
  assert.equal(history.stopReason, 'completed');
  for (const s of history.steps) assert.deepEqual(Object.keys(s).sort(), ['acc', 'epoch', 'loss', 'lr', 'step']);
});

test('frozen weights stay bit-identical while the head trains', async () => {
  const model = toyModel();
  const encoder = encoderOf(model);
  encoder.trainable = false;
  const frozenBefore = weightValues(encoder);
  const headBefore = weightValues(model.getLayer('head'));
  const data = toyTensors(64);
  await fineTune(model, data, { epochs: 2, batchSize: 16, seed: 2, silent: true });
  tf.dispose([data.x, data.y]);
  assert.deepEqual(weightValues(encoder), frozenBefore);
  assert.notDeepEqual(weightValues(model.getLayer('head')), headBefore);
});

test('no tensor growth over 3 epochs, with validation, cache and dropout', async () => {
  const model = toyModel({ dropout: true });
  encoderOf(model).trainable = false;
  const train = toyTensors(48);
  const val = toyTensors(20, 9);
  for (const cache of ['memory', false] as const) {
    const before = tf.memory().numTensors;
    await fineTune(model, train, { val, epochs: 3, batchSize: 16, seed: 3, cache, silent: true });
    assert.equal(tf.memory().numTensors, before, `cache: ${cache}`);
  }
  tf.dispose([train.x, train.y, val.x, val.y]);
});

test('the same seed gives the same weights (dropout included)', async () => {
  const data = toyTensors(64);
  const runOnce = async () => {
    const model = toyModel({ dropout: true, seed: 5 });
    await fineTune(model, data, { epochs: 2, batchSize: 16, seed: 11, silent: true });
    return weightValues(model);
  };
  const a = await runOnce();
  const b = await runOnce();
  tf.dispose([data.x, data.y]);
  assert.deepEqual(a, b);
});

test('per-group learning rates: the first Adam step moves each weight by lr * multiplier', async () => {
  const model = toyModel();
  const before = snapshotWeights(model);
  const data = toyTensors(16);
  const encoder = encoderOf(model);
  await fineTune(model, data, {
    epochs: 1,
    batchSize: 16,
    lr: 0.01,
    seed: 1,
    silent: true,
    groups: [{ name: 'encoder', layers: [encoder], lrMultiplier: 0.1 }],
  });
  tf.dispose([data.x, data.y]);
  const maxMove = (layer: tf.layers.Layer) => {
    const now = snapshotWeights(model);
    let m = 0;
    for (const w of layer.weights) {
      const i = stableWeights(model).indexOf(w);
      now[i].data.forEach((v, k) => (m = Math.max(m, Math.abs(v - before[i].data[k]))));
    }
    return m;
  };
  // Adam's first update is lr * g / (|g| + eps): lr per weight wherever the gradient is not tiny.
  assert.ok(Math.abs(maxMove(encoder) - 0.001) < 1e-5, `encoder moved ${maxMove(encoder)}`);
  assert.ok(Math.abs(maxMove(model.getLayer('head')) - 0.01) < 1e-4, `head moved ${maxMove(model.getLayer('head'))}`);
});

test('gradual unfreezing: the encoder trains only from the epoch the schedule unfreezes it', async () => {
  const model = toyModel();
  const encoder = encoderOf(model);
  const snapshots: Float32Array[][] = [];
  const data = toyTensors(32);
  const before = weightValues(encoder);
  const history = await fineTune(model, data, {
    epochs: 2,
    batchSize: 16,
    seed: 4,
    silent: true,
    unfreeze: {
      apply(epoch) {
        encoder.trainable = epoch >= 1;
        return epoch >= 1 ? ['encoder', 'head'] : ['head'];
      },
    },
    callbacks: { onEpochEnd: () => void snapshots.push(weightValues(encoder)) },
  });
  tf.dispose([data.x, data.y]);
  assert.equal(history.epochs.length, 2);
  assert.deepEqual(snapshots[0], before);
  assert.notDeepEqual(snapshots[1], before);
});

test('nothing trainable is a clear error, and the model is left as it was', async () => {
  const model = toyModel();
  model.trainable = false;
  const data = toyTensors(16);
  const before = tf.memory().numTensors;
  await assert.rejects(fineTune(model, data, { epochs: 1, silent: true }), /nothing to train at epoch 0/);
  assert.equal(tf.memory().numTensors, before);
  tf.dispose([data.x, data.y]);
});

test('restoreWeights names the source when shapes differ', () => {
  const a = toyModel();
  const b = toyModel({ masked: true });
  assert.throws(() => restoreWeights(a, snapshotWeights(b), 'ckpt/last.ckpt'), /ckpt\/last.ckpt.*different model/);
});
