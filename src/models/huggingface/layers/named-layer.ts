// The base of the BERT-family layers that own weights: each weight has a stable local name
// (namedWeights()) that the Hugging Face name tables (names.ts) map to tensor names.
import { tf } from '../../../tf';
import type { LayerArgs, NamedWeights } from './ops';

type Initializer = ReturnType<typeof tf.initializers.zeros>;

export abstract class NamedWeightsLayer<A extends LayerArgs = LayerArgs> extends tf.layers.Layer implements NamedWeights {
  /** The constructor's arguments (a copy): what getConfig() serializes. */
  readonly args: A;
  private readonly vars = new Map<string, tf.LayerVariable>();

  constructor(args: A) {
    super(args);
    this.args = { ...args };
  }

  namedWeights(): Map<string, tf.LayerVariable> {
    return this.vars;
  }

  /** Adds a float32 weight under `name` (its name in namedWeights() and in the saved model). */
  protected addNamed(name: string, shape: number[], init: Initializer): void {
    this.vars.set(name, this.addWeight(name, shape, 'float32', init));
  }

  /** The current value of the weight `name`. */
  protected weight(name: string): tf.Tensor {
    return this.vars.get(name)!.read();
  }
}
