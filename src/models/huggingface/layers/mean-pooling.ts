// 'pooling': sentence-transformers' Pooling module (+ Normalize): the mean of the
// non-padding tokens' hidden states (or the first token's), optionally L2-normalised.
import { tf } from '../../../tf';
import { firstShape, singleInput, type LayerArgs } from './ops';

export interface HfSentencePoolingArgs extends LayerArgs {
  hiddenSize: number;
  /** 'mean' (mean of non-padding tokens) or 'cls' (the first token). */
  mode: 'mean' | 'cls';
  normalize: boolean;
}

export class HfSentencePooling extends tf.layers.Layer {
  static readonly className = 'HfSentencePooling';
  readonly hiddenSize: number;
  readonly mode: 'mean' | 'cls';
  readonly normalize: boolean;

  constructor(args: HfSentencePoolingArgs) {
    super(args);
    this.hiddenSize = args.hiddenSize;
    this.mode = args.mode;
    this.normalize = args.normalize;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = firstShape(inputShape);
    return [shape[0], this.hiddenSize];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = singleInput(inputs);
      const h = this.hiddenSize;
      const states = tf.slice(x, [0, 0, 0], [-1, -1, h]);
      let pooled: tf.Tensor;
      if (this.mode === 'cls') pooled = tf.reshape(tf.slice(states, [0, 0, 0], [-1, 1, h]), [-1, h]);
      else {
        const mask = tf.slice(x, [0, 0, h], [-1, -1, 1]);
        // sentence-transformers clamps the token count at 1e-9.
        pooled = tf.div(tf.sum(tf.mul(states, mask), 1), tf.maximum(tf.sum(mask, 1), 1e-9));
      }
      // torch.nn.functional.normalize: x / max(||x||, 1e-12).
      return this.normalize ? tf.div(pooled, tf.maximum(tf.norm(pooled, 'euclidean', 1, true), 1e-12)) : pooled;
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), hiddenSize: this.hiddenSize, mode: this.mode, normalize: this.normalize };
  }
}
tf.serialization.registerClass(HfSentencePooling);
