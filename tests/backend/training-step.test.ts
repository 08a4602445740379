// Every layer type the library builds trains on every backend that runs here:
// two Adam steps on wasm and on WebGPU (Mesa lavapipe) give the cpu backend's
// numbers within 1e-3, and leave no tensors behind.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { ensureKernels, releaseWebGpu, useBackend } from '../../src/backend';
import { attentionGradients, maxDifference, MODEL_SPECS, trainLayerModel, type StepResult } from './layer-steps';

const BACKENDS = ['wasm', 'webgpu'] as const;
const reference = new Map<string, StepResult>();

async function on(backend: 'cpu' | 'wasm' | 'webgpu'): Promise<void> {
  await useBackend(backend, { allowSoftware: true, silent: true });
}

before(async () => {
  await on('cpu');
  for (const name of Object.keys(MODEL_SPECS)) reference.set(name, await trainLayerModel(name));
  reference.set('attention', await attentionGradients());
});

after(() => releaseWebGpu('cpu'));

test('the wasm backend borrows the gradient kernels it lacks from cpu', async () => {
  await on('wasm');
  const borrowed = ensureKernels('wasm');
  assert.ok(borrowed.includes('Conv2DBackpropFilter'), 'conv1d\'s filter gradient');
  assert.ok(tf.getKernel('UnsortedSegmentSum', 'wasm'), 'gather\'s gradient has a wasm kernel');
});

for (const backend of BACKENDS) {
  for (const name of [...Object.keys(MODEL_SPECS), 'attention']) {
    test(`${name} trains on ${backend} like on cpu`, async () => {
      await on(backend);
      const tensors = tf.memory().numTensors;
      const result = name === 'attention' ? await attentionGradients() : await trainLayerModel(name);
      assert.equal(tf.memory().numTensors, tensors, 'no tensors left behind');
      const ref = reference.get(name) as StepResult;
      assert.ok(ref.moved > 1e-3, `the cpu step changed ${name}'s weights`);
      const diff = maxDifference(result, ref);
      assert.ok(diff < 1e-3, `${name} on ${backend} differs from cpu by ${diff}`);
    });
  }
}
