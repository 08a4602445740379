// Tensor math shared by the USE-lite layers, written to match the shipped graph op for op.
import { tf } from '../../../tf';

/** Layer normalization over the last axis, as the graph computes it. */
export function layerNorm(x: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor, epsilon: number): tf.Tensor {
  const mean = tf.mean(x, -1, true);
  const centered = tf.sub(x, mean);
  const variance = tf.mean(tf.square(centered), -1, true);
  return tf.add(tf.mul(tf.mul(gamma, tf.rsqrt(tf.add(variance, epsilon))), centered), beta);
}

/** x [..., in] times kernel [in, out] plus bias, through one 2-D (fused) matMul. */
export function dense(x: tf.Tensor, kernel: tf.Tensor, bias: tf.Tensor, activation: 'linear' | 'relu' = 'linear'): tf.Tensor {
  const inner = x.shape[x.shape.length - 1];
  const outer = x.shape.slice(0, -1);
  const flat = tf.reshape(x, [-1, inner]) as tf.Tensor2D;
  const y = tf.fused.matMul({ a: flat, b: kernel as tf.Tensor2D, bias, activation });
  return tf.reshape(y, [...outer, kernel.shape[1] as number]);
}

/** Splits [batch, length, dim + 1] into the hidden states and the padding mask (1 = token). */
export function splitMask(x: tf.Tensor): [tf.Tensor3D, tf.Tensor3D] {
  const dim = x.shape[2] as number;
  const [hidden, mask] = tf.split(x, [dim - 1, 1], 2);
  return [hidden as tf.Tensor3D, mask as tf.Tensor3D];
}

export function singleInput(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
  return Array.isArray(inputs) ? inputs[0] : inputs;
}
