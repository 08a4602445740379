// The contract between freezing (src/freeze) and training (src/train).
import type { tf } from '../tf';

/** Layers that share a learning-rate multiplier (discriminative learning rates). */
export interface LayerGroup {
  name: string;
  layers: tf.layers.Layer[];
  /** The group's learning rate is the base rate times this. */
  lrMultiplier: number;
}

/** Gradual unfreezing (ULMFiT): which layers train changes with the epoch. */
export interface UnfreezeSchedule {
  /**
   * Called by fineTune at the start of each epoch (0-based): makes the right
   * layers trainable and returns the names of the groups that now train.
   */
  apply(epoch: number): string[];
}
