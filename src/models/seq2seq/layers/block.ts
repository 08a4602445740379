// 'encoder_block_i' / 'decoder_block_i': one T5 block (pre-RMS-norm, unscaled q·k, no
// biases, relu or gated feed-forward) or one BART layer (post-LayerNorm, scaled q, biases).
// Encoder inputs [x, bias]; decoder inputs [y, selfBias, encoderOut, crossBias]. Generation
// calls decode() directly with a key/value cache.
import { tf } from '../../../tf';
import { layerNorm } from '../../huggingface/layers/fused';
import type { Seq2SeqConfig } from '../config';
import { activate, rmsNorm } from '../ops';
import { blockSpecs, type WeightSpec } from '../weight-specs';
import { dropout, inputsOf, isTraining, project, SpecLayer, type SpecLayerArgs } from './spec-layer';

/** Keys and values of one attention, split into heads: [batch, heads, length, headDim]. */
export type KeyValues = { k: tf.Tensor; v: tf.Tensor };

export interface BlockArgs extends SpecLayerArgs {
  part: 'encoder' | 'decoder';
  index: number;
}

export class Seq2SeqBlock extends SpecLayer {
  static readonly className = 'Seq2SeqBlock';
  readonly part: 'encoder' | 'decoder';
  readonly index: number;

  constructor(args: BlockArgs) {
    super(args);
    this.part = args.part;
    this.index = args.index;
  }

  specs(): WeightSpec[] {
    return blockSpecs(this.cfg as Seq2SeqConfig, this.part, this.index);
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return (inputShape as tf.Shape[])[0];
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    const [x, bias, encoder, crossBias] = inputsOf(inputs);
    const training = isTraining(kwargs);
    if (this.part === 'encoder') return tf.tidy(() => this.encode(x, bias, training));
    return tf.tidy(() => this.decode(x, bias, this.crossKeyValues(encoder), crossBias, undefined, training).out);
  }

  private lin(x: tf.Tensor, name: string): tf.Tensor {
    return project(x, this.w(`${name}_kernel`), this.has(`${name}_bias`) ? this.w(`${name}_bias`) : undefined);
  }

  private norm(x: tf.Tensor, name: string): tf.Tensor {
    return this.cfg.style === 't5' ? rmsNorm(x, this.w(`${name}_gamma`), this.cfg.eps) : layerNorm(x, this.w(`${name}_gamma`), this.w(`${name}_beta`), this.cfg.eps);
  }

  private split(t: tf.Tensor): tf.Tensor {
    const [batch, length] = t.shape as [number, number, number];
    return tf.transpose(tf.reshape(t, [batch, length, this.cfg.heads, this.cfg.headDim]), [0, 2, 1, 3]);
  }

  private keyValues(x: tf.Tensor, name: string): KeyValues {
    return { k: this.split(this.lin(x, `${name}_k`)), v: this.split(this.lin(x, `${name}_v`)) };
  }

  /** Cross-attention keys and values of the encoder output: computed once per generation. */
  crossKeyValues(encoder: tf.Tensor): KeyValues {
    return tf.tidy(() => this.keyValues(encoder, 'cross'));
  }

  private attend(x: tf.Tensor, name: string, kv: KeyValues, bias: tf.Tensor, training: boolean): tf.Tensor {
    const [batch, length] = x.shape as [number, number, number];
    let q = this.split(this.lin(x, `${name}_q`));
    // T5 folds the 1/sqrt(d) into its initialisation; BART scales q.
    if (this.cfg.style === 'bart') q = tf.mul(q, this.cfg.headDim ** -0.5);
    const probs = dropout(tf.softmax(tf.add(tf.matMul(q, kv.k, false, true), bias), -1), this.cfg.attentionDropout, training);
    const context = tf.reshape(tf.transpose(tf.matMul(probs, kv.v), [0, 2, 1, 3]), [batch, length, this.cfg.heads * this.cfg.headDim]);
    return this.lin(context, `${name}_o`);
  }

  private ffn(x: tf.Tensor, training: boolean): tf.Tensor {
    const { activation, activationDropout, dropout: rate } = this.cfg;
    if (this.cfg.style === 'bart') return dropout(this.lin(dropout(activate(this.lin(x, 'fc1'), activation), activationDropout, training), 'fc2'), rate, training);
    const hidden = this.cfg.gated ? tf.mul(activate(this.lin(x, 'wi_0'), activation), this.lin(x, 'wi_1')) : activate(this.lin(x, 'wi'), activation);
    return dropout(this.lin(dropout(hidden, activationDropout, training), 'wo'), rate, training);
  }

  /** A residual sub-layer: pre-norm for T5, post-norm for BART. */
  private residual(x: tf.Tensor, norm: string, f: (h: tf.Tensor) => tf.Tensor, training: boolean, dropAfter: boolean): tf.Tensor {
    const drop = (t: tf.Tensor) => (dropAfter ? dropout(t, this.cfg.dropout, training) : t);
    if (this.cfg.style === 't5') return tf.add(x, drop(f(this.norm(x, norm))));
    return this.norm(tf.add(x, drop(f(x))), norm);
  }

  encode(x: tf.Tensor, bias: tf.Tensor, training: boolean): tf.Tensor {
    const h = this.residual(x, 'self_ln', (n) => this.attend(n, 'self', this.keyValues(n, 'self'), bias, training), training, true);
    return this.residual(h, 'ffn_ln', (n) => this.ffn(n, training), training, false);
  }

  /**
   * New decoder positions y [batch, new, d] attending to `past` self keys/values (the cache)
   * plus their own. Returns the output and the grown self-attention keys/values.
   */
  decode(y: tf.Tensor, selfBias: tf.Tensor, cross: KeyValues, crossBias: tf.Tensor, past: KeyValues | undefined, training: boolean): { out: tf.Tensor; self: KeyValues } {
    let self: KeyValues | undefined;
    const h1 = this.residual(y, 'self_ln', (n) => {
      const fresh = this.keyValues(n, 'self');
      self = past ? { k: tf.concat([past.k, fresh.k], 2), v: tf.concat([past.v, fresh.v], 2) } : fresh;
      return this.attend(n, 'self', self, selfBias, training);
    }, training, true);
    const h2 = this.residual(h1, 'cross_ln', (n) => this.attend(n, 'cross', cross, crossBias, training), training, true);
    return { out: this.residual(h2, 'ffn_ln', (n) => this.ffn(n, training), training, false), self: self! };
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), part: this.part, index: this.index };
  }
}
tf.serialization.registerClass(Seq2SeqBlock);
