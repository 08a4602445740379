// Copies of a model's weights as plain typed arrays (not tensors, so holding the
// best epoch's weights costs no GPU memory and no tensor count), and restoring them.
import { tf } from '../tf';
import type { LayerGroup } from '../freeze/types';
import type { TrainableWeight } from './step';

export interface SavedTensor {
  shape: number[];
  dtype: tf.DataType;
  data: Float32Array | Int32Array;
}

/**
 * The model's weights in creation order. model.weights lists trainable weights first,
 * so its order changes when layers are frozen or unfrozen; this one does not, and it
 * is the same for a freshly built copy of the model (checkpoints rely on that).
 */
export function stableWeights(model: tf.LayersModel): tf.LayerVariable[] {
  return [...model.weights].sort((a, b) => a.id - b.id);
}

export function snapshotWeights(model: tf.LayersModel): SavedTensor[] {
  return stableWeights(model).map((w) => {
    const value = w.read();
    const data = value.dataSync();
    return {
      shape: value.shape,
      dtype: value.dtype,
      data: value.dtype === 'int32' ? Int32Array.from(data) : Float32Array.from(data),
    };
  });
}

/** Writes saved weights back (stableWeights order); `source` names where they came from for errors. */
export function restoreWeights(model: tf.LayersModel, saved: SavedTensor[], source: string): void {
  const weights = stableWeights(model);
  if (saved.length !== weights.length) {
    throw new Error(`${source} holds ${saved.length} weights but the model has ${weights.length}: it was saved from a different model`);
  }
  weights.forEach((w, i) => {
    const same = w.shape.length === saved[i].shape.length && w.shape.every((d, k) => d === saved[i].shape[k]);
    if (!same) {
      throw new Error(`${source}: weight ${i} (${w.originalName}) has shape [${saved[i].shape}] but the model's is [${w.shape}]: it was saved from a different model`);
    }
  });
  tf.tidy(() => weights.forEach((w, i) => w.write(tf.tensor(saved[i].data, saved[i].shape, saved[i].dtype))));
}

/** The weights that train now, each with its group's learning-rate multiplier. */
export function trainableWeights(model: tf.LayersModel, groups: LayerGroup[] = []): TrainableWeight[] {
  const multiplier = new Map<tf.Variable, number>();
  for (const group of groups) {
    for (const layer of group.layers) for (const w of layer.weights) multiplier.set(w.read() as tf.Variable, group.lrMultiplier);
  }
  const trainable = new Set(model.trainableWeights.map((w) => w.read()));
  return stableWeights(model)
    .map((w, index) => ({ index, variable: w.read() as tf.Variable, lrMultiplier: multiplier.get(w.read() as tf.Variable) ?? 1 }))
    .filter((w) => trainable.has(w.variable) && w.lrMultiplier !== 0);
}
