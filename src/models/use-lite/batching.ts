// Batches of similar length, so that padding is (almost) never computed.
import { tf } from '../../tf';

/** Groups item indices into batches of at most `batchSize`, sorted by length. */
export function lengthBatches(lengths: number[], batchSize: number): number[][] {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`batchSize must be a positive integer, got ${batchSize}.`);
  }
  const order = lengths.map((_, i) => i).sort((a, b) => lengths[a] - lengths[b] || a - b);
  const batches: number[][] = [];
  for (let i = 0; i < order.length; i += batchSize) batches.push(order.slice(i, i + batchSize));
  return batches;
}

/** Right-pads id lists with padId into an int32 [batch, max(longest, 1)] tensor. */
export function padIds(ids: number[][], padId: number, length?: number): tf.Tensor2D {
  const width = Math.max(1, length ?? Math.max(0, ...ids.map((row) => row.length)));
  const flat = new Int32Array(ids.length * width).fill(padId);
  ids.forEach((row, r) => flat.set(row.slice(0, width), r * width));
  return tf.tensor2d(flat, [ids.length, width], 'int32');
}

/** Runs `run` on each length batch and returns its rows in the original order. */
export function runInLengthBatches(ids: number[][], batchSize: number, run: (batch: number[][]) => tf.Tensor): tf.Tensor {
  const batches = lengthBatches(ids.map((row) => row.length), batchSize);
  return tf.tidy(() => {
    const outputs = batches.map((batch) => run(batch.map((i) => ids[i])));
    const sorted = outputs.length === 1 ? outputs[0] : tf.concat(outputs, 0);
    const position = new Int32Array(ids.length);
    batches.flat().forEach((original, sortedIndex) => (position[original] = sortedIndex));
    return tf.gather(sorted, tf.tensor1d(position, 'int32'));
  });
}
