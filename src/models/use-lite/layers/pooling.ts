// Mean of the token vectors (padding excluded), for sentence embeddings.
import { tf } from '../../../tf';
import { singleInput, splitMask } from './ops';

type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;

export class UseLiteMeanPooling extends tf.layers.Layer {
  static readonly className = 'UseLiteMeanPooling';

  constructor(args: LayerArgs = {}) {
    super(args);
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
    return [shape[0], (shape[2] as number) - 1];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const [hidden, mask] = splitMask(singleInput(inputs));
      // An empty text counts as length 1, as in the graph (its embedding is then tanh(bias)).
      const lengths = tf.maximum(tf.sum(mask, 1), 1);
      return tf.div(tf.sum(tf.mul(hidden, mask), 1), lengths);
    });
  }
}
