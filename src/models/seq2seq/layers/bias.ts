// The additive attention biases: 'padding_bias' (padding keys), T5's
// 'encoder_position_bias' / 'decoder_position_bias' (relative buckets; the tables block 0
// owns in HF), BART's 'causal_bias'.
import { tf } from '../../../tf';
import type { LayerArgs } from '../../huggingface/layers/ops';
import type { Seq2SeqConfig } from '../config';
import { causalBias, paddingBias, relativePositionBias } from '../ops';
import { positionBiasSpecs, type WeightSpec } from '../weight-specs';
import { inputsOf, SpecLayer, type SpecLayerArgs } from './spec-layer';

export interface PaddingBiasArgs extends LayerArgs {
  padId: number;
}

/** ids [batch, length] -> [batch, 1, 1, length]: 0 for tokens, -1e9 for padding. */
export class PaddingBias extends tf.layers.Layer {
  static readonly className = 'Seq2SeqPaddingBias';
  readonly padId: number;

  constructor(args: PaddingBiasArgs) {
    super(args);
    this.padId = args.padId;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const [batch, length] = inputShape as tf.Shape;
    return [batch, 1, 1, length];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return paddingBias(inputsOf(inputs)[0], this.padId);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), padId: this.padId };
  }
}
tf.serialization.registerClass(PaddingBias);

/** decoder ids [batch, length] -> [1, 1, length, length] causal bias (BART). */
export class CausalBias extends tf.layers.Layer {
  static readonly className = 'Seq2SeqCausalBias';

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const length = (inputShape as tf.Shape)[1];
    return [1, 1, length, length];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const length = inputsOf(inputs)[0].shape[1] as number;
    return causalBias(length, length);
  }
}
tf.serialization.registerClass(CausalBias);

export interface PositionBiasArgs extends SpecLayerArgs {
  part: 'encoder' | 'decoder';
}

/**
 * T5's relative position bias. Encoder: input the padding bias [batch, 1, 1, length], output
 * [batch, heads, length, length] (bidirectional buckets). Decoder: input decoder ids
 * [batch, length], output [1, heads, length, length] (causal buckets plus the causal mask).
 */
export class T5PositionBias extends SpecLayer {
  static readonly className = 'Seq2SeqT5PositionBias';
  readonly part: 'encoder' | 'decoder';

  constructor(args: PositionBiasArgs) {
    super(args);
    this.part = args.part;
  }

  specs(): WeightSpec[] {
    return positionBiasSpecs(this.cfg as Seq2SeqConfig, this.part);
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = inputShape as tf.Shape;
    const length = shape[shape.length - 1];
    return this.part === 'encoder' ? [shape[0], this.cfg.heads, length, length] : [1, this.cfg.heads, shape[1], shape[1]];
  }

  /** The decoder's bias for `queries` new tokens after `offset` decoded ones, keys 0..offset + queries - 1. */
  decoderBias(queries: number, offset: number): tf.Tensor {
    const keys = offset + queries;
    return tf.tidy(() => tf.add(relativePositionBias(this.w('table'), queries, keys, false, this.cfg.numBuckets, this.cfg.maxDistance, offset), causalBias(queries, keys, offset)));
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const input = inputsOf(inputs)[0];
    const length = input.shape[input.shape.length - 1] as number;
    if (this.part === 'decoder') return this.decoderBias(length, 0);
    return tf.tidy(() => tf.add(relativePositionBias(this.w('table'), length, length, true, this.cfg.numBuckets, this.cfg.maxDistance), input));
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), part: this.part };
  }
}
tf.serialization.registerClass(T5PositionBias);
