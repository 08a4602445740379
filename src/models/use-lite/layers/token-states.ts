// Per-token output for token tasks: hidden states with padding zeroed, mask channel dropped.
import { tf } from '../../../tf';
import { singleInput, splitMask } from './ops';

type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;

/** Per-token output for token tasks: hidden states with padding zeroed, mask channel dropped. */
export class UseLiteTokenStates extends tf.layers.Layer {
  static readonly className = 'UseLiteTokenStates';

  constructor(args: LayerArgs = {}) {
    super(args);
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
    return [shape[0], shape[1], (shape[2] as number) - 1];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const [hidden, mask] = splitMask(singleInput(inputs));
      return tf.mul(hidden, mask);
    });
  }
}
