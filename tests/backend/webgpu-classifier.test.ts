// The WebGPU path is tested for correctness on Mesa's lavapipe: a small text
// classifier (embedding, dense layers, softmax cross-entropy, Adam) gives the
// same forward pass and the same weights after a few steps as on wasm, within 1e-3.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { releaseWebGpu, useBackend } from '../../src/backend';
import { fixedValues } from './layer-steps';

const VOCAB = 100;
const BATCH = 8;
const SEQ = 12;

after(() => releaseWebGpu('cpu'));

function classifier(): tf.LayersModel {
  const model = tf.sequential({
    layers: [
      tf.layers.embedding({ inputDim: VOCAB, outputDim: 16, inputLength: SEQ }),
      tf.layers.globalAveragePooling1d(),
      tf.layers.dense({ units: 16, activation: 'relu' }),
      tf.layers.dense({ units: 2, activation: 'softmax' }),
    ],
  });
  model.build([null, SEQ]);
  const weights = model.getWeights().map((w, i) => tf.tensor(fixedValues(w.size, 40 + i), w.shape));
  model.setWeights(weights);
  tf.dispose(weights);
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
  return model;
}

async function run(backend: 'wasm' | 'webgpu'): Promise<{ probs: Float32Array; losses: number[]; weights: Float32Array[] }> {
  await useBackend(backend, { allowSoftware: true, silent: true });
  const tensors = tf.memory().numTensors;
  const model = classifier();
  const x = tf.tensor2d(Array.from({ length: BATCH * SEQ }, (_, i) => (i * 37 + 11) % VOCAB), [BATCH, SEQ], 'int32');
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d([0, 1, 0, 1, 1, 0, 0, 1], 'int32'), 2).toFloat());
  const forward = model.predict(x) as tf.Tensor;
  const probs = (await forward.data()) as Float32Array;
  forward.dispose();
  const losses: number[] = [];
  for (let step = 0; step < 5; step++) losses.push(Number(await model.trainOnBatch(x, y)));
  const weights = (await Promise.all(model.getWeights().map((w) => w.data()))) as Float32Array[];
  tf.dispose([x, y]);
  model.optimizer.dispose();
  model.dispose();
  assert.equal(tf.memory().numTensors, tensors, `no tensors left behind on ${backend}`);
  return { probs, losses, weights };
}

function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string): void {
  assert.equal(actual.length, expected.length, what);
  for (let i = 0; i < actual.length; i++) {
    assert.ok(Math.abs(actual[i] - expected[i]) < 1e-3, `${what}[${i}]: webgpu ${actual[i]} vs wasm ${expected[i]}`);
  }
}

test('a classifier trains on WebGPU (lavapipe) as on wasm: forward pass and 5 Adam steps within 1e-3', async () => {
  const wasm = await run('wasm');
  const gpu = await run('webgpu');
  assert.ok(wasm.losses[4] < wasm.losses[0], 'the loss went down: the steps trained');
  assertClose(gpu.probs, wasm.probs, 'forward probabilities');
  assertClose(gpu.losses, wasm.losses, 'losses');
  gpu.weights.forEach((w, i) => assertClose(w, wasm.weights[i], `weight ${i}`));
});
