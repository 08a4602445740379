// A small model shaped like a TextModel: int32 ids -> nested 'encoder' (embedding,
// conv, batch norm, dropout, pooling, dense) -> nested 'head' (two dense layers).
import { tf } from '../../src/tf';

export function encoderModel(): tf.LayersModel {
  const ids = tf.input({ shape: [6], dtype: 'int32', name: 'ids' });
  let x = tf.layers.embedding({ inputDim: 30, outputDim: 8, name: 'embedding' }).apply(ids) as tf.SymbolicTensor;
  x = tf.layers.conv1d({ filters: 8, kernelSize: 3, padding: 'same', name: 'conv' }).apply(x) as tf.SymbolicTensor;
  x = tf.layers.batchNormalization({ name: 'norm' }).apply(x) as tf.SymbolicTensor;
  x = tf.layers.dropout({ rate: 0.5, name: 'drop' }).apply(x) as tf.SymbolicTensor;
  x = tf.layers.globalAveragePooling1d({ name: 'pool' }).apply(x) as tf.SymbolicTensor;
  x = tf.layers.dense({ units: 8, activation: 'tanh', name: 'enc_dense' }).apply(x) as tf.SymbolicTensor;
  return tf.model({ inputs: ids, outputs: x, name: 'encoder' });
}

export function headModel(): tf.LayersModel {
  const features = tf.input({ shape: [8], name: 'features' });
  const hidden = tf.layers.dense({ units: 6, activation: 'tanh', name: 'hidden' }).apply(features) as tf.SymbolicTensor;
  const probs = tf.layers.dense({ units: 2, activation: 'softmax', name: 'probs' }).apply(hidden) as tf.SymbolicTensor;
  return tf.model({ inputs: features, outputs: probs, name: 'head' });
}

/** Layers: [input, encoder, head]. */
export function textModel(): tf.LayersModel {
  const ids = tf.input({ shape: [6], dtype: 'int32', name: 'tokens' });
  const features = encoderModel().apply(ids) as tf.SymbolicTensor;
  const probs = headModel().apply(features) as tf.SymbolicTensor;
  return tf.model({ inputs: ids, outputs: probs, name: 'classifier' });
}

export function batch(n = 16, seed = 1): { x: tf.Tensor2D; y: tf.Tensor2D } {
  const rows = Array.from({ length: n }, (_, i) => Array.from({ length: 6 }, (_, j) => (i * 7 + j * 3 + seed) % 30));
  const labels = rows.map((r) => (r[0] % 2 === 0 ? [1, 0] : [0, 1]));
  return { x: tf.tensor2d(rows, [n, 6], 'int32'), y: tf.tensor2d(labels) };
}

/** Every weight's values by name (trainable or not), copied. */
export function snapshot(model: tf.LayersModel): Map<string, Float32Array> {
  return new Map(model.weights.map((w) => [w.originalName, (w.read().dataSync() as Float32Array).slice()]));
}

/** Names of the weights whose values differ between two snapshots. */
export function changed(before: Map<string, Float32Array>, after: Map<string, Float32Array>): string[] {
  return [...before.keys()].filter((k) => {
    const a = before.get(k) as Float32Array;
    const b = after.get(k) as Float32Array;
    return a.length !== b.length || a.some((v, i) => !Object.is(v, b[i]));
  });
}

export async function train(model: tf.LayersModel, steps = 3): Promise<void> {
  const { x, y } = batch();
  await model.fit(x, y, { epochs: steps, batchSize: 16, verbose: 0, shuffle: false });
  tf.dispose([x, y]);
}
