// The tensor operations the BERT-family layers share (PyTorch semantics).
import { tf } from '../../../tf';
import type { Activation } from '../config';
import { gelu } from './fused';

export { layerNorm } from './fused';

type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;
export type { LayerArgs };

/** The (first) input's shape: Keras may pass one shape or a list of them. */
export function firstShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
  return (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
}

export function singleInput(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
  return Array.isArray(inputs) ? inputs[0] : inputs;
}

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

/** torch's activations: 'gelu' is the exact erf form, 'geluTanh' HF's gelu_new. */
export function activate(x: tf.Tensor, act: Activation): tf.Tensor {
  switch (act) {
    case 'gelu':
      return gelu(x);
    case 'geluTanh':
      return tf.mul(tf.mul(x, 0.5), tf.add(1, tf.tanh(tf.mul(tf.add(x, tf.mul(tf.pow(x, 3), 0.044715)), SQRT_2_OVER_PI))));
    case 'relu':
      return tf.relu(x);
    case 'tanh':
      return tf.tanh(x);
  }
}

/** x [..., in] @ kernel [in, out] + bias, one fused op: one tensor kept for the gradient, not two. */
export function linear(x: tf.Tensor, kernel: tf.Tensor, bias: tf.Tensor): tf.Tensor {
  const shape = x.shape;
  const out = tf.fused.matMul({ a: tf.reshape(x, [-1, shape[shape.length - 1]!]) as tf.Tensor2D, b: kernel as tf.Tensor2D, bias });
  return tf.reshape(out, [...shape.slice(0, -1), kernel.shape[1] as number]);
}

/** Dropout in training; `seed` makes the mask reproducible (a recomputed forward pass needs the same one). */
export function maybeDropout(x: tf.Tensor, rate: number, training: boolean, seed?: number): tf.Tensor {
  return training && rate > 0 ? tf.dropout(x, rate, undefined, seed) : x;
}

export function isTraining(kwargs: Record<string, unknown> | undefined): boolean {
  return kwargs?.training === true;
}

export const normalInit = (std: number) => tf.initializers.randomNormal({ mean: 0, stddev: std });

/** A layer whose weights have stable local names that the Hugging Face name tables refer to. */
export interface NamedWeights {
  namedWeights(): Map<string, tf.LayerVariable>;
}
