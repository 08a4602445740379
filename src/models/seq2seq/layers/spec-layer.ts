// A layer whose weights come from a list of WeightSpecs: local names for our code, the
// Hugging Face names for loading and saving.
import { tf } from '../../../tf';
import { normalInit, type LayerArgs, type NamedWeights } from '../../huggingface/layers/ops';
import type { Seq2SeqConfig } from '../config';
import type { WeightSpec } from '../weight-specs';

export interface SpecLayerArgs extends LayerArgs {
  /** The architecture, without config.json's raw content. */
  cfg: Omit<Seq2SeqConfig, 'raw'>;
}

const INIT = { normal: () => normalInit(0.02), ones: () => tf.initializers.ones(), zeros: () => tf.initializers.zeros() };

export abstract class SpecLayer extends tf.layers.Layer implements NamedWeights {
  readonly cfg: Omit<Seq2SeqConfig, 'raw'>;
  private readonly vars = new Map<string, tf.LayerVariable>();

  constructor(args: SpecLayerArgs) {
    super(args);
    this.cfg = args.cfg;
  }

  /** The weights, in a fixed order. */
  abstract specs(): WeightSpec[];

  override build(): void {
    for (const s of this.specs()) this.vars.set(s.local, this.addWeight(s.local, s.shape, 'float32', INIT[s.init]()));
    this.built = true;
  }

  namedWeights(): Map<string, tf.LayerVariable> {
    if (!this.built) this.build();
    return this.vars;
  }

  /** A weight's current value (a variable: not to be disposed). */
  protected w(local: string): tf.Tensor {
    const v = this.vars.get(local);
    if (!v) throw new Error(`internal: ${this.name} has no weight '${local}'.`);
    return v.read();
  }

  protected has(local: string): boolean {
    return this.vars.has(local);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), cfg: this.cfg as unknown as tf.serialization.ConfigDict };
  }
}

/** x [..., in] @ kernel [in, out] (+ bias). */
export function project(x: tf.Tensor, kernel: tf.Tensor, bias?: tf.Tensor): tf.Tensor {
  const shape = x.shape;
  const flat = tf.reshape(x, [-1, shape[shape.length - 1]!]) as tf.Tensor2D;
  const out = bias ? tf.fused.matMul({ a: flat, b: kernel as tf.Tensor2D, bias }) : tf.matMul(flat, kernel as tf.Tensor2D);
  return tf.reshape(out, [...shape.slice(0, -1), kernel.shape[1] as number]);
}

// Dropout masks come from a counter seeded by fineTune (seedDropout), so a seeded training run
// draws the same masks every time; unseeded, tfjs draws them at random.
let dropoutSeed: number | undefined;
let dropoutCalls = 0;

/** Seeds the masks of the dropout calls that follow (undefined: unseeded). */
export function seedDropout(seed: number | undefined): void {
  dropoutSeed = seed;
  dropoutCalls = 0;
}

export function dropout(x: tf.Tensor, rate: number, training: boolean): tf.Tensor {
  if (!training || rate <= 0) return x;
  return tf.dropout(x, rate, undefined, dropoutSeed === undefined ? undefined : `${dropoutSeed}:${dropoutCalls++}`);
}

export function isTraining(kwargs: Record<string, unknown> | undefined): boolean {
  return kwargs?.training === true;
}

export function inputsOf(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor[] {
  return Array.isArray(inputs) ? inputs : [inputs];
}

/** Dropout drawing its masks from the seeded counter above (tf.layers.dropout's masks are unseeded). */
export class SeededDropout extends tf.layers.Layer {
  static readonly className = 'Seq2SeqDropout';
  readonly rate: number;

  constructor(args: { rate: number; name: string }) {
    super({ name: args.name });
    this.rate = args.rate;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    return dropout(inputsOf(inputs)[0], this.rate, isTraining(kwargs));
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), rate: this.rate };
  }
}
