// Assembles ids -> 'encoder' -> 'head' into one functional LayersModel.
import { tf } from '../../tf';
import type { EncoderBase } from './types';

export function validateLabels(labels: unknown, caller: string): string[] {
  if (!Array.isArray(labels) || labels.length < 2 || labels.some((l) => typeof l !== 'string' || l.length === 0)) {
    throw new Error(`${caller}: \`labels\` must list at least two non-empty label strings, e.g. { labels: ['neg', 'pos'] }.`);
  }
  if (new Set(labels).size !== labels.length) throw new Error(`${caller}: \`labels\` has duplicates: ${labels.join(', ')}.`);
  return [...labels];
}

export function validateRate(rate: number, caller: string): number {
  if (!(rate >= 0 && rate < 1)) throw new Error(`${caller}: dropout must be in [0, 1), got ${rate}.`);
  return rate;
}

export function checkBase(base: EncoderBase, caller: string): void {
  if (!base || typeof base.buildEncoder !== 'function' || !base.tokenizer) {
    throw new Error(
      `${caller}: the base must be a pre-trained model with a tokenizer and buildEncoder(), ` +
        `e.g. await tl.loadPretrained('use-lite').`,
    );
  }
}

/** A head's last layers: dropout (when the rate is above 0), then softmax over the labels. */
export function outputLayers(labels: number, dropout: number, seed?: number): tf.layers.Layer[] {
  const layers: tf.layers.Layer[] = [];
  if (dropout > 0) layers.push(tf.layers.dropout({ rate: dropout, name: 'head_dropout' }));
  layers.push(tf.layers.dense({ units: labels, activation: 'softmax', name: 'head_output', kernelInitializer: seededGlorot(seed) }));
  return layers;
}

/**
 * Keras's default kernel initializer, seeded when a seed is given. tfjs draws its
 * random initial values in JavaScript (seedrandom), not in a backend kernel, so a
 * seeded head starts from the same weights on every backend.
 */
export function seededGlorot(seed: number | undefined): ReturnType<typeof tf.initializers.glorotUniform> {
  return tf.initializers.glorotUniform(seed === undefined ? {} : { seed });
}

/** The model the contract describes: a nested 'encoder' then a nested 'head'. */
export function assemble(encoder: tf.LayersModel, headLayers: tf.layers.Layer[], name: string): tf.LayersModel {
  if (encoder.name !== 'encoder') {
    throw new Error(`buildEncoder() returned a model named '${encoder.name}'; it must be named 'encoder'.`);
  }
  const featureShape = encoder.outputs[0].shape.slice(1);
  const head = tf.sequential({ name: 'head' });
  head.add(tf.layers.inputLayer({ inputShape: featureShape }));
  for (const layer of headLayers) head.add(layer);
  const ids = tf.input({ shape: [null], dtype: 'int32', name: 'ids' });
  const features = encoder.apply(ids) as tf.SymbolicTensor;
  return tf.model({ inputs: ids, outputs: head.apply(features) as tf.SymbolicTensor, name });
}
