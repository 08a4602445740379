// Every layer type the library builds trains on every backend that runs here:
// two Adam steps on wasm and on WebGPU (Mesa lavapipe) give the cpu backend's
// numbers within 1e-3, and leave no tensors behind. The WebGPU steps run in a
// child process (quiet-child.ts), which keeps Dawn's warnings off the terminal.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { ensureKernels, useBackend } from '../../src/backend';
import { attentionGradients, maxDifference, MODEL_SPECS, trainLayerModel, type StepResult } from './layer-steps';
import { inQuietChild } from './quiet-child';
import type { LayerStepRun } from './webgpu-child';

const BACKENDS = ['wasm', 'webgpu'] as const;
const reference = new Map<string, StepResult>();

let webgpuRuns: Promise<Record<string, LayerStepRun>> | undefined;

async function on(backend: 'cpu' | 'wasm'): Promise<void> {
  await useBackend(backend, { allowSoftware: true, silent: true });
}

before(async () => {
  await on('cpu');
  for (const name of Object.keys(MODEL_SPECS)) reference.set(name, await trainLayerModel(name));
  reference.set('attention', await attentionGradients());
});

test('the wasm backend borrows the gradient kernels it lacks from cpu', async () => {
  await on('wasm');
  const borrowed = ensureKernels('wasm');
  assert.ok(borrowed.includes('Conv2DBackpropFilter'), 'conv1d\'s filter gradient');
  assert.ok(tf.getKernel('UnsortedSegmentSum', 'wasm'), 'gather\'s gradient has a wasm kernel');
});

for (const backend of BACKENDS) {
  for (const name of [...Object.keys(MODEL_SPECS), 'attention']) {
    test(`${name} trains on ${backend} like on cpu`, async () => {
      let result: StepResult;
      let leaked: number;
      if (backend === 'webgpu') {
        webgpuRuns ??= inQuietChild<Record<string, LayerStepRun>>('layer-steps');
        const run = (await webgpuRuns)[name];
        result = { losses: run.losses, weights: run.weights.map((w) => Float32Array.from(w)), moved: run.moved };
        leaked = run.leaked;
      } else {
        await on(backend);
        const tensors = tf.memory().numTensors;
        result = name === 'attention' ? await attentionGradients() : await trainLayerModel(name);
        leaked = tf.memory().numTensors - tensors;
      }
      assert.equal(leaked, 0, 'no tensors left behind');
      const ref = reference.get(name) as StepResult;
      assert.ok(ref.moved > 1e-3, `the cpu step changed ${name}'s weights`);
      const diff = maxDifference(result, ref);
      assert.ok(diff < 1e-3, `${name} on ${backend} differs from cpu by ${diff}`);
    });
  }
}
