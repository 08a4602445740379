// The shipped graph's input: a sparse [batch, length] matrix of token ids.
import { tf } from '../../tf';

export interface SparseIds {
  /** [n, 2] int32: (row, position) of each token. */
  indices: tf.Tensor2D;
  /** [n] int32: the token ids. */
  values: tf.Tensor1D;
}

export function toSparseInput(ids: number[][]): SparseIds {
  const total = ids.reduce((sum, row) => sum + row.length, 0);
  const indices = new Int32Array(total * 2);
  const values = new Int32Array(total);
  let k = 0;
  ids.forEach((row, r) =>
    row.forEach((id, position) => {
      indices[2 * k] = r;
      indices[2 * k + 1] = position;
      values[k++] = id;
    }),
  );
  return { indices: tf.tensor2d(indices, [total, 2], 'int32'), values: tf.tensor1d(values, 'int32') };
}
