// T5's 'encoder_final_layer_norm' / 'decoder_final_layer_norm' and the 'lm_head' (tied to
// 'shared' unless config.json says otherwise; T5 then scales by d_model^-0.5, BART adds
// final_logits_bias).
import { tf } from '../../../tf';
import type { Seq2SeqConfig } from '../config';
import { rmsNorm } from '../ops';
import { finalNormSpecs, lmHeadSpecs, type WeightSpec } from '../weight-specs';
import type { SharedEmbedding } from './embedding';
import { dropout, inputsOf, isTraining, SpecLayer, type SpecLayerArgs } from './spec-layer';

export interface FinalNormArgs extends SpecLayerArgs {
  part: 'encoder' | 'decoder';
}

export class T5FinalNorm extends SpecLayer {
  static readonly className = 'Seq2SeqT5FinalNorm';
  readonly part: 'encoder' | 'decoder';

  constructor(args: FinalNormArgs) {
    super(args);
    this.part = args.part;
  }

  specs(): WeightSpec[] {
    return finalNormSpecs(this.cfg as Seq2SeqConfig, this.part);
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return inputShape as tf.Shape;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    return tf.tidy(() => dropout(rmsNorm(inputsOf(inputs)[0], this.w('ln_gamma'), this.cfg.eps), this.cfg.dropout, isTraining(kwargs)));
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), part: this.part };
  }
}
tf.serialization.registerClass(T5FinalNorm);

export interface LmHeadArgs extends SpecLayerArgs {
  /** The embedding a tied head multiplies by (not serialised: the model builder wires it). */
  shared?: SharedEmbedding;
}

/** Decoder states [batch, length, d] -> logits [batch, length, vocab]. */
export class LmHead extends SpecLayer {
  static readonly className = 'Seq2SeqLmHead';
  private readonly shared: SharedEmbedding | undefined;

  constructor(args: LmHeadArgs) {
    super(args);
    this.shared = args.shared;
    if (this.cfg.tieWordEmbeddings && !this.shared) throw new Error('LmHead: a tied lm_head needs the shared embedding layer.');
  }

  specs(): WeightSpec[] {
    return lmHeadSpecs(this.cfg as Seq2SeqConfig);
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return [...(inputShape as tf.Shape).slice(0, -1), this.cfg.vocabSize];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = inputsOf(inputs)[0];
    return tf.tidy(() => {
      const [batch, length, d] = x.shape as [number, number, number];
      const tied = this.cfg.tieWordEmbeddings;
      const scaled = tied && this.cfg.style === 't5' ? tf.mul(x, d ** -0.5) : x;
      const table = tied ? this.shared!.table : this.w('weight');
      let logits = tf.matMul(tf.reshape(scaled, [batch * length, d]) as tf.Tensor2D, table as tf.Tensor2D, false, true);
      if (this.has('final_logits_bias')) logits = tf.add(logits, this.w('final_logits_bias'));
      return tf.reshape(logits, [batch, length, this.cfg.vocabSize]);
    });
  }
}
tf.serialization.registerClass(LmHead);
