// 'layer_i': one post-LayerNorm transformer block as BERT, RoBERTa, ELECTRA and
// DistilBERT compute it (self-attention over non-padding keys, add & norm, GELU feed-forward,
// add & norm). Input and output [batch, length, hidden + 1], the mask riding as the last channel.
import { tf } from '../../../tf';
import type { Activation } from '../config';
import { seedOrNext } from '../../../seed';
import { scaledMaskedSoftmax } from './fused';
import { NamedWeightsLayer } from './named-layer';
import { activate, firstShape, isTraining, layerNorm, linear, maybeDropout, normalInit, singleInput, type LayerArgs } from './ops';

export interface HfTransformerLayerArgs extends LayerArgs {
  hiddenSize: number;
  heads: number;
  intermediateSize: number;
  hiddenAct: Activation;
  layerNormEps: number;
  dropout: number;
  attentionDropout: number;
}

const LINEARS: Array<[string, 'h' | 'i', 'h' | 'i']> = [
  ['query', 'h', 'h'],
  ['key', 'h', 'h'],
  ['value', 'h', 'h'],
  ['attn_out', 'h', 'h'],
  ['ffn_in', 'h', 'i'],
  ['ffn_out', 'i', 'h'],
];

/**
 * tf.grads inside a gradient function. tfjs runs one tape at a time: a nested gradients() call
 * replaces the outer backward pass's tape and clears it when done, and the outer pass then
 * fails (or leaks what its nodes saved). The outer tape is put back afterwards.
 */
function nestedGrads(f: (xs: tf.Tensor[]) => tf.Tensor, xs: tf.Tensor[], dy: tf.Tensor): tf.Tensor[] {
  const state = (tf.engine() as unknown as { state: { activeTape: unknown } }).state;
  const outer = state.activeTape;
  try {
    return tf.grads((...t: tf.Tensor[]) => f(t))(xs, dy);
  } finally {
    state.activeTape = outer;
  }
}

export class HfTransformerLayer extends NamedWeightsLayer<HfTransformerLayerArgs> {
  static readonly className = 'HfTransformerLayer';

  constructor(args: HfTransformerLayerArgs) {
    super(args);
    if (args.hiddenSize % args.heads !== 0) throw new Error(`HfTransformerLayer: hidden size ${args.hiddenSize} is not a multiple of ${args.heads} heads.`);
  }

  override build(): void {
    const size = { h: this.args.hiddenSize, i: this.args.intermediateSize };
    for (const [name, from, to] of LINEARS) {
      this.addNamed(`${name}_kernel`, [size[from], size[to]], normalInit(0.02));
      this.addNamed(`${name}_bias`, [size[to]], tf.initializers.zeros());
    }
    for (const ln of ['attn_ln', 'out_ln']) {
      this.addNamed(`${ln}_gamma`, [size.h], tf.initializers.ones());
      this.addNamed(`${ln}_beta`, [size.h], tf.initializers.zeros());
    }
    this.built = true;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return firstShape(inputShape);
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    const input = singleInput(inputs);
    const names = [...this.namedWeights().keys()];
    const weights = names.map((name) => this.weight(name));
    const byName = (ws: tf.Tensor[]) => new Map(names.map((name, i) => [name, ws[i]]));
    if (!isTraining(kwargs)) return tf.tidy(() => this.forward(input, byName(weights), false, 0));
    // Training: one taped op per layer that keeps only its input and recomputes the layer
    // inside its gradient (activation checkpointing). tfjs holds every gradient of a backward
    // pass until it ends; at BERT-base shape those of 12 layers overflowed the wasm heap.
    const seed = seedOrNext() ?? Math.floor(Math.random() * 2 ** 31);
    const run = (x: tf.Tensor, ws: tf.Tensor[]) => this.forward(x, byName(ws), true, seed);
    const op = tf.customGrad(((...args: unknown[]) => {
      const save = args.pop() as tf.GradSaveFunc;
      const [x, ...ws] = args as tf.Tensor[];
      save([x, ...ws]);
      return {
        value: run(x, ws),
        gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => nestedGrads((t) => run(t[0], t.slice(1)), saved, dy),
      };
    }) as unknown as Parameters<typeof tf.customGrad>[0]);
    return op(input, ...weights);
  }

  /** The block on explicit weights; dropout masks follow `seed`, so a recomputation matches. */
  private forward(input: tf.Tensor, w: Map<string, tf.Tensor>, training: boolean, seed: number): tf.Tensor {
    const { hiddenSize: h, heads, hiddenAct, layerNormEps: eps, dropout, attentionDropout } = this.args;
    const [batch, length] = input.shape as [number, number, number];
    const x = tf.slice(input, [0, 0, 0], [-1, -1, h]);
    const mask = tf.slice(input, [0, 0, h], [-1, -1, 1]);
    const lin = (t: tf.Tensor, name: string) => linear(t, w.get(`${name}_kernel`)!, w.get(`${name}_bias`)!);
    const d = h / heads;
    const split = (t: tf.Tensor) => tf.transpose(tf.reshape(t, [batch, length, heads, d]), [0, 2, 1, 3]);
    const q = split(lin(x, 'query'));
    const k = split(lin(x, 'key'));
    const v = split(lin(x, 'value'));
    // Padding keys get -1e9: their softmax weight is exactly 0, as with torch's finfo.min.
    const keyBias = tf.reshape(tf.mul(tf.sub(1, mask), -1e9), [batch, 1, 1, length]);
    const probs = maybeDropout(scaledMaskedSoftmax(tf.matMul(q, k, false, true), keyBias, 1 / Math.sqrt(d)), attentionDropout, training, seed);
    const context = tf.reshape(tf.transpose(tf.matMul(probs, v), [0, 2, 1, 3]), [batch, length, h]);
    const attended = layerNorm(tf.add(maybeDropout(lin(context, 'attn_out'), dropout, training, seed + 1), x), w.get('attn_ln_gamma')!, w.get('attn_ln_beta')!, eps);
    const ffn = lin(activate(lin(attended, 'ffn_in'), hiddenAct), 'ffn_out');
    const out = layerNorm(tf.add(maybeDropout(ffn, dropout, training, seed + 2), attended), w.get('out_ln_gamma')!, w.get('out_ln_beta')!, eps);
    return tf.concat([out, mask], 2);
  }

  override getConfig(): tf.serialization.ConfigDict {
    const { hiddenSize, heads, intermediateSize, hiddenAct, layerNormEps, dropout, attentionDropout } = this.args;
    return { ...super.getConfig(), hiddenSize, heads, intermediateSize, hiddenAct, layerNormEps, dropout, attentionDropout };
  }
}
tf.serialization.registerClass(HfTransformerLayer);
