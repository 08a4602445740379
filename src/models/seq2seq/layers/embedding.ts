// 'shared' (the token embedding both stacks and a tied lm_head use) and BART's
// 'encoder_embed' / 'decoder_embed' (scale, learned positions offset by 2, layernorm_embedding).
import { tf } from '../../../tf';
import { layerNorm } from '../../huggingface/layers/fused';
import { bartEmbedSpecs, sharedSpecs, type WeightSpec } from '../weight-specs';
import type { Seq2SeqConfig } from '../config';
import { dropout, inputsOf, isTraining, SpecLayer, type SpecLayerArgs } from './spec-layer';

export class SharedEmbedding extends SpecLayer {
  static readonly className = 'Seq2SeqSharedEmbedding';

  specs(): WeightSpec[] {
    return sharedSpecs(this.cfg as Seq2SeqConfig);
  }

  /** The table [vocab, d_model] (a tied lm_head multiplies by its transpose). */
  get table(): tf.Tensor {
    return this.w('weight');
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return [...(inputShape as tf.Shape), this.cfg.dModel];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const ids = inputsOf(inputs)[0];
    return tf.tidy(() => tf.gather(this.table, tf.cast(ids, 'int32')));
  }
}
tf.serialization.registerClass(SharedEmbedding);

export interface BartEmbedArgs extends SpecLayerArgs {
  part: 'encoder' | 'decoder';
}

export class BartEmbed extends SpecLayer {
  static readonly className = 'Seq2SeqBartEmbed';
  readonly part: 'encoder' | 'decoder';

  constructor(args: BartEmbedArgs) {
    super(args);
    this.part = args.part;
  }

  specs(): WeightSpec[] {
    return bartEmbedSpecs(this.cfg as Seq2SeqConfig, this.part);
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return inputShape as tf.Shape;
  }

  /** Token embeddings [batch, length, d] at positions offset.. (offset: tokens already decoded). */
  embed(tokens: tf.Tensor, offset: number, training: boolean): tf.Tensor {
    const length = tokens.shape[1] as number;
    return tf.tidy(() => {
      const scaled = this.cfg.scaleEmbedding ? tf.mul(tokens, Math.sqrt(this.cfg.dModel)) : tokens;
      // HF's BartLearnedPositionalEmbedding: row = position + 2.
      const positions = tf.slice(this.w('positions'), [offset + 2, 0], [length, -1]);
      const x = layerNorm(tf.add(scaled, positions), this.w('ln_gamma'), this.w('ln_beta'), this.cfg.eps);
      return dropout(x, this.cfg.dropout, training);
    });
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    return this.embed(inputsOf(inputs)[0], 0, isTraining(kwargs));
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), part: this.part };
  }
}
tf.serialization.registerClass(BartEmbed);
