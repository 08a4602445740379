// One USE-lite transformer layer (pre-norm): x + attention(norm(x)), then
// + FFN(norm(.)) at token positions. The first layer widens the residual with
// a dense projection ("AdjustResidualInput") because its input is narrower.
import { tf } from '../../../tf';
import { dense, layerNorm, singleInput, splitMask } from './ops';

type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;

export interface UseLiteTransformerBlockArgs extends LayerArgs {
  inputDim: number;
  dim: number;
  heads: number;
  ffnDim: number;
  /** Width of each attention head; default inputDim / heads. Set when heads were pruned (tl.prune). */
  headDim?: number;
  epsilon?: number;
}

// Added to attention logits of padding keys, as the graph does.
export const PADDING_BIAS = -1e9;

export class UseLiteTransformerBlock extends tf.layers.Layer {
  static readonly className = 'UseLiteTransformerBlock';
  readonly inputDim: number;
  readonly dim: number;
  readonly heads: number;
  readonly ffnDim: number;
  readonly headDim: number;
  readonly epsilon: number;
  private w: Record<string, tf.LayerVariable> = {};

  constructor(args: UseLiteTransformerBlockArgs) {
    super(args);
    this.inputDim = args.inputDim;
    this.dim = args.dim;
    this.heads = args.heads;
    this.ffnDim = args.ffnDim;
    this.epsilon = args.epsilon ?? 1e-6;
    if (args.headDim === undefined && this.inputDim % this.heads !== 0) {
      throw new Error(`UseLiteTransformerBlock: inputDim ${this.inputDim} is not divisible by heads ${this.heads}.`);
    }
    this.headDim = args.headDim ?? this.inputDim / this.heads;
  }

  /** Weight names in the order of getWeights()/setWeights(). */
  weightNames(): string[] {
    const names = ['norm1_gamma', 'norm1_beta', 'q_kernel', 'q_bias', 'k_kernel', 'k_bias', 'v_kernel', 'v_bias', 'out_kernel', 'out_bias'];
    if (this.inputDim !== this.dim) names.push('residual_kernel', 'residual_bias');
    return [...names, 'norm2_gamma', 'norm2_beta', 'ffn1_kernel', 'ffn1_bias', 'ffn2_kernel', 'ffn2_bias'];
  }

  override build(): void {
    const { inputDim: d0, dim: d, ffnDim: f } = this;
    const a = this.heads * this.headDim;
    const shapes: Record<string, number[]> = {
      norm1_gamma: [d0], norm1_beta: [d0], q_kernel: [d0, a], q_bias: [a], k_kernel: [d0, a], k_bias: [a], v_kernel: [d0, a], v_bias: [a],
      out_kernel: [a, d], out_bias: [d], residual_kernel: [d0, d], residual_bias: [d],
      norm2_gamma: [d], norm2_beta: [d], ffn1_kernel: [d, f], ffn1_bias: [f], ffn2_kernel: [f, d], ffn2_bias: [d],
    };
    for (const name of this.weightNames()) {
      const init = name.endsWith('gamma') ? tf.initializers.ones() : name.endsWith('kernel') ? tf.initializers.glorotUniform({}) : tf.initializers.zeros();
      this.w[name] = this.addWeight(name, shapes[name], 'float32', init);
    }
    this.built = true;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
    return [shape[0], shape[1], this.dim + 1];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const [x, mask] = splitMask(singleInput(inputs));
      const [batch, length] = x.shape;
      const keyBias = tf.reshape(tf.mul(tf.sub(1, mask), PADDING_BIAS), [batch, 1, 1, length]) as tf.Tensor4D;
      return tf.concat([this.forward(x, mask, keyBias), mask], 2);
    });
  }

  /**
   * The layer on hidden states x [batch, length, inputDim] whose tokens are
   * where mask [batch, length, 1] is 1; attentionBias (broadcast to [batch,
   * heads, length, length]) is added to the attention logits: PADDING_BIAS
   * where a query must not see a key. Returns [batch, length, dim].
   */
  forward(x: tf.Tensor3D, mask: tf.Tensor3D, attentionBias: tf.Tensor4D): tf.Tensor3D {
    return tf.tidy(() => {
      const v = (name: string): tf.Tensor => this.w[name].read();
      const residual = this.inputDim === this.dim ? x : tf.mul(dense(x, v('residual_kernel'), v('residual_bias')), mask);
      const attended = dense(this.attention(layerNorm(x, v('norm1_gamma'), v('norm1_beta'), this.epsilon), attentionBias, v), v('out_kernel'), v('out_bias'));
      const afterAttention = tf.add(attended, residual);
      const normed = layerNorm(afterAttention, v('norm2_gamma'), v('norm2_beta'), this.epsilon);
      const ffn = dense(dense(normed, v('ffn1_kernel'), v('ffn1_bias'), 'relu'), v('ffn2_kernel'), v('ffn2_bias'));
      return tf.add(tf.mul(ffn, mask), afterAttention) as tf.Tensor3D;
    });
  }

  /** Multi-head self-attention over token positions, attentionBias added to the logits. */
  private attention(x: tf.Tensor, attentionBias: tf.Tensor4D, v: (name: string) => tf.Tensor): tf.Tensor {
    const [batch, length] = x.shape as [number, number, number];
    const depth = this.headDim;
    const width = this.heads * depth;
    // Separate q/k/v projections (the graph fuses them): no split of the activations needed.
    const project = (name: string): tf.Tensor => dense(x, v(`${name}_kernel`), v(`${name}_bias`));
    const toHeads = (t: tf.Tensor): tf.Tensor4D => tf.transpose(tf.reshape(t, [batch, length, this.heads, depth]), [0, 2, 1, 3]);
    const logits = tf.add(tf.matMul(tf.mul(toHeads(project('q')), 1 / Math.sqrt(depth)), toHeads(project('k')), false, true), attentionBias);
    const context = tf.matMul(tf.softmax(logits), toHeads(project('v')));
    return tf.reshape(tf.transpose(context, [0, 2, 1, 3]), [batch, length, width]);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), inputDim: this.inputDim, dim: this.dim, heads: this.heads, ffnDim: this.ffnDim, headDim: this.headDim, epsilon: this.epsilon };
  }
}
