// Unit length along the last axis, as the graph's final l2_normalize (epsilon 1e-12 on the squared norm).
import { tf } from '../../../tf';
import { singleInput } from './ops';

type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;

/** Unit length along the last axis, as the graph's final l2_normalize (epsilon 1e-12 on the squared norm). */
export class UseLiteL2Normalize extends tf.layers.Layer {
  static readonly className = 'UseLiteL2Normalize';

  constructor(args: LayerArgs = {}) {
    super(args);
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = singleInput(inputs);
      return tf.mul(x, tf.rsqrt(tf.maximum(tf.sum(tf.square(x), -1, true), 1e-12)));
    });
  }
}
