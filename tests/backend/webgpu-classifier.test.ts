// The WebGPU path is tested for correctness on Mesa's lavapipe: a small text
// classifier (embedding, dense layers, softmax cross-entropy, Adam) gives the
// same forward pass and the same weights after a few steps as on wasm, within 1e-3.
// Both run in a child process (quiet-child.ts), which keeps Dawn's warnings off the terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inQuietChild } from './quiet-child';
import type { ClassifierRun } from './webgpu-child';

function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string): void {
  assert.equal(actual.length, expected.length, what);
  for (let i = 0; i < actual.length; i++) {
    assert.ok(Math.abs(actual[i] - expected[i]) < 1e-3, `${what}[${i}]: webgpu ${actual[i]} vs wasm ${expected[i]}`);
  }
}

test('a classifier trains on WebGPU (lavapipe) as on wasm: forward pass and 5 Adam steps within 1e-3', async () => {
  // The child also asserts that neither backend leaves tensors behind.
  const { wasm, webgpu: gpu } = await inQuietChild<{ wasm: ClassifierRun; webgpu: ClassifierRun }>('classifier');
  assert.ok(wasm.losses[4] < wasm.losses[0], 'the loss went down: the steps trained');
  assertClose(gpu.probs, wasm.probs, 'forward probabilities');
  assertClose(gpu.losses, wasm.losses, 'losses');
  gpu.weights.forEach((w, i) => assertClose(w, wasm.weights[i], `weight ${i}`));
});
