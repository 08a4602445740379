// The scatter-add UnsortedSegmentSum (gather's gradient) that replaces tfjs's
// slow cpu kernel and fills the wasm gap: same results as TensorFlow's definition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { useBackend } from '../../src/backend';

for (const backend of ['cpu', 'wasm'] as const) {
  test(`UnsortedSegmentSum on ${backend}: rows summed per id, out-of-range ids dropped`, async () => {
    await useBackend(backend, { silent: true });
    const before = tf.memory().numTensors;
    const out = tf.tidy(() =>
      tf.unsortedSegmentSum(tf.tensor2d([[1, 2], [3, 4], [5, 6], [7, 8]]), tf.tensor1d([2, 0, 2, 5], 'int32'), 3),
    );
    assert.deepEqual(await out.array(), [[3, 4], [0, 0], [6, 8]]);
    out.dispose();
    const ints = tf.tidy(() => tf.unsortedSegmentSum(tf.tensor1d([5, 6, 7], 'int32'), tf.tensor1d([1, 1, 0], 'int32'), 2));
    assert.equal(ints.dtype, 'int32');
    assert.deepEqual(await ints.array(), [7, 11]);
    ints.dispose();
    assert.equal(tf.memory().numTensors, before);
  });

  test(`the gradient of gather on ${backend} adds up repeated rows`, async () => {
    await useBackend(backend, { silent: true });
    const table = tf.tensor2d([[1, 1], [2, 2], [3, 3]]);
    const ids = tf.tensor2d([[2, 0], [2, 2]], undefined, 'int32');
    const grad = tf.grad((t: tf.Tensor) => tf.gather(t, ids).mul(tf.tensor1d([1, 10])).sum())(table);
    assert.deepEqual(await grad.array(), [[1, 10], [0, 0], [3, 30]]);
    tf.dispose([table, ids, grad]);
  });
}
