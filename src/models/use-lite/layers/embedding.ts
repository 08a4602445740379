// USE-lite's input layer: token embeddings plus a sinusoidal timing signal.
// Like every USE-lite layer up to the pooling, its output carries the padding
// mask as its last channel, so that each layer's output alone feeds the next
// (the encoder is a plain chain whose frozen prefix can be cached).
import { tf } from '../../../tf';
import { singleInput } from './ops';

type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;

export interface UseLiteEmbeddingArgs extends LayerArgs {
  vocabSize: number;
  dim: number;
  padId: number;
}

// The graph's timing signal: 128 timescales from 1 to 1e4 (sin then cos).
const MIN_TIMESCALE = 1;
const MAX_TIMESCALE = 1e4;

export class UseLiteEmbedding extends tf.layers.Layer {
  static readonly className = 'UseLiteEmbedding';
  readonly vocabSize: number;
  readonly dim: number;
  readonly padId: number;
  private embeddings!: tf.LayerVariable;

  constructor(args: UseLiteEmbeddingArgs) {
    super(args);
    this.vocabSize = args.vocabSize;
    this.dim = args.dim;
    this.padId = args.padId;
  }

  override build(): void {
    this.embeddings = this.addWeight('embeddings', [this.vocabSize, this.dim], 'float32', tf.initializers.randomNormal({ stddev: 0.05 }));
    this.built = true;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
    return [shape[0], shape[1], this.dim + 1];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const ids = tf.cast(singleInput(inputs), 'int32') as tf.Tensor2D;
      const mask = tf.expandDims(tf.cast(tf.notEqual(ids, this.padId), 'float32'), 2) as tf.Tensor3D;
      return tf.concat([this.embed(ids, mask, timingSignal(ids.shape[1], this.dim)), mask], 2);
    });
  }

  /**
   * Hidden states [batch, length, dim] of ids [batch, length] (padding where
   * mask [batch, length, 1] is 0) with `timing` (broadcast to [batch, length,
   * dim]) as each position's timing signal.
   */
  embed(ids: tf.Tensor2D, mask: tf.Tensor3D, timing: tf.Tensor): tf.Tensor3D {
    return tf.tidy(() => {
      const [batch, length] = ids.shape;
      // Padding may use an id past the table: look it up as row 0, then mask it out.
      const safeIds = tf.where(tf.equal(ids, this.padId), tf.zerosLike(ids), ids);
      const vectors = tf.reshape(tf.gather(this.embeddings.read(), tf.reshape(safeIds, [-1])), [batch, length, this.dim]);
      // The shipped graph adds the embedding twice: Scatter(emb) + Scatter(emb + timing).
      return tf.mul(tf.add(tf.mul(vectors, 2), timing), mask) as tf.Tensor3D;
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), vocabSize: this.vocabSize, dim: this.dim, padId: this.padId };
  }
}

/** [1, length, dim]: sin(position * inv_timescale) then cos(...), positions 0..length-1. */
export function timingSignal(length: number, dim: number): tf.Tensor3D {
  const timescales = dim / 2;
  const increment = Math.log(MAX_TIMESCALE / MIN_TIMESCALE) / Math.max(timescales - 1, 1);
  const inv = tf.mul(tf.exp(tf.mul(tf.range(0, timescales, 1, 'float32'), -increment)), MIN_TIMESCALE).reshape([1, timescales]);
  const scaled = tf.mul(tf.range(0, length, 1, 'float32').reshape([length, 1]), inv);
  return tf.concat([tf.sin(scaled), tf.cos(scaled)], 1).reshape([1, length, dim]) as tf.Tensor3D;
}
