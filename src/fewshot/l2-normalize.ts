// L2Normalize: scales each feature vector to unit length, so that a dense layer on
// top computes cosine similarities. A layer class of its own (tfjs has no
// unit-normalization layer) that deploy's load registers before rebuilding a topology.
import { tf } from '../tf';

type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;

/** x / max(|x|, 1e-12) along the last axis (as tf.math.l2_normalize). */
export function l2Normalize(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.div(x, tf.maximum(tf.norm(x, 'euclidean', -1, true), 1e-12)));
}

export class L2Normalize extends tf.layers.Layer {
  static readonly className = 'TransferlabL2Normalize';

  constructor(args: LayerArgs = {}) {
    super(args);
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return l2Normalize(Array.isArray(inputs) ? inputs[0] : inputs);
  }
}

/** Lets tf.loadLayersModel rebuild topologies that name L2Normalize; registering again is harmless. */
export function registerFewShotLayers(): void {
  tf.serialization.registerClass(L2Normalize);
}
