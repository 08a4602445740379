// The word vectors' layers after the Embedding: masked mean pooling for sentence
// tasks, padding-zeroed token vectors for token tasks.
import { tf } from '../../tf';

type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;

function maskOf(kwargs: Record<string, unknown>, like: tf.Tensor): tf.Tensor3D {
  const mask = kwargs.mask as tf.Tensor | undefined;
  const [batch, length] = like.shape as number[];
  return tf.expandDims(mask ? tf.cast(mask, 'float32') : tf.ones([batch, length]), 2) as tf.Tensor3D;
}

/** Mean of the token vectors over the non-padding positions (the mask the Embedding layer emits); an empty text gives zeros. */
export class WordVectorsMeanPooling extends tf.layers.Layer {
  static readonly className = 'WordVectorsMeanPooling';

  constructor(args: LayerArgs = {}) {
    super(args);
    this.supportsMasking = true;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
    return [shape[0], shape[2]];
  }

  // The vector has no positions left to mask (tfjs's typings omit the null it accepts).
  override computeMask(): tf.Tensor {
    return null as unknown as tf.Tensor;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const mask = maskOf(kwargs, x);
      return tf.div(tf.sum(tf.mul(x, mask), 1), tf.maximum(tf.sum(mask, 1), 1));
    });
  }
}

/** Token vectors with padding positions zeroed (a trainable table may move the padding row); passes the mask on. */
export class WordVectorsTokenStates extends tf.layers.Layer {
  static readonly className = 'WordVectorsTokenStates';

  constructor(args: LayerArgs = {}) {
    super(args);
    this.supportsMasking = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      return tf.mul(x, maskOf(kwargs, x));
    });
  }
}

/** Lets tf.loadLayersModel rebuild topologies that name these layers; registering again is harmless. */
export function registerWordVectorsLayers(): void {
  tf.serialization.registerClass(WordVectorsMeanPooling);
  tf.serialization.registerClass(WordVectorsTokenStates);
}
