// Tensor operations of T5 and BART that the BERT family does not have (PyTorch semantics).
import { tf } from '../../tf';
import { activate as encoderActivate } from '../huggingface/layers/ops';
import type { Seq2SeqActivation } from './config';

/** Additive attention bias of padding keys: [batch, 1, 1, keys], 0 or -1e9 (softmax weight exactly 0). */
export function paddingBias(ids: tf.Tensor, padId: number): tf.Tensor {
  const [batch, length] = ids.shape as [number, number];
  return tf.tidy(() => tf.reshape(tf.mul(tf.cast(tf.equal(ids, padId), 'float32'), -1e9), [batch, 1, 1, length]));
}

/** Causal bias [1, 1, queries, keys]: query i (at position offset + i) sees keys 0..offset + i. */
export function causalBias(queries: number, keys: number, offset = 0): tf.Tensor {
  const data = new Float32Array(queries * keys);
  for (let q = 0; q < queries; q++) for (let k = 0; k < keys; k++) data[q * keys + k] = k > offset + q ? -1e9 : 0;
  return tf.tensor4d(data, [1, 1, queries, keys]);
}

/** T5LayerNorm: x / sqrt(mean(x^2) + eps) * weight; no mean, no bias. */
export function rmsNorm(x: tf.Tensor, weight: tf.Tensor, eps: number): tf.Tensor {
  return tf.tidy(() => tf.mul(tf.mul(x, tf.rsqrt(tf.add(tf.mean(tf.square(x), -1, true), eps))), weight));
}

export function activate(x: tf.Tensor, act: Seq2SeqActivation): tf.Tensor {
  return act === 'silu' ? tf.mul(x, tf.sigmoid(x)) : encoderActivate(x, act);
}

const f32 = Math.fround;

/**
 * T5's relative position bucket of `relative` = key position - query position, as HF's
 * _relative_position_bucket computes it in float32 (Math.fround at each step, so that
 * boundary cases such as log(16/8) / log(128/8) * 8 round as torch does).
 */
export function relativeBucket(relative: number, bidirectional: boolean, numBuckets: number, maxDistance: number): number {
  let buckets = 0;
  let n = numBuckets;
  let rel = relative;
  if (bidirectional) {
    n = Math.floor(n / 2);
    if (rel > 0) buckets += n;
    rel = Math.abs(rel);
  } else {
    rel = -Math.min(rel, 0);
  }
  const maxExact = Math.floor(n / 2);
  if (rel < maxExact) return buckets + rel;
  const scaled = f32(f32(f32(Math.log(f32(rel / maxExact))) / f32(Math.log(maxDistance / maxExact))) * (n - maxExact));
  return buckets + Math.min(maxExact + Math.trunc(scaled), n - 1);
}

/**
 * T5's position bias [1, heads, queries, keys] from its table [buckets, heads], queries at
 * positions offset.. offset + queries - 1 and keys at 0.. keys - 1.
 */
export function relativePositionBias(table: tf.Tensor, queries: number, keys: number, bidirectional: boolean, numBuckets: number, maxDistance: number, offset = 0): tf.Tensor {
  const buckets = new Int32Array(queries * keys);
  for (let q = 0; q < queries; q++) for (let k = 0; k < keys; k++) buckets[q * keys + k] = relativeBucket(k - (q + offset), bidirectional, numBuckets, maxDistance);
  return tf.tidy(() => {
    const values = tf.gather(table, tf.tensor1d(buckets, 'int32')); // [q * k, heads]
    return tf.expandDims(tf.transpose(tf.reshape(values, [queries, keys, -1]), [2, 0, 1]), 0);
  });
}
