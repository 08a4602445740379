// DataFrame -> padded int32 id batches for training and evaluation. With
// bucketByLength, rows of similar token length share a batch so that little
// compute goes into padding; the batch order is then shuffled when asked.
import { tf } from '../tf';
import type { Tokenizer } from '../tokenizers/types';
import { type DataFrame } from './frame';
import { encodeLabels } from './labels';
import { seededRandom, shuffled } from './random';
import { textRows } from './texts';
import { checkOptions } from '../options';
import { TO_TENSORS_SPEC } from './option-specs';

// A type alias, not an interface, so that tf.dispose(batches) type-checks (TensorContainer).
export type TextBatch = {
  /** Token ids [batch, length], padded with tokenizer.padId. */
  ids: tf.Tensor2D;
  /** Class ids (int32), indexing the label list. */
  labels: tf.Tensor1D;
  /** Row positions in the DataFrame, one per batch row. */
  indices: number[];
};

export interface ToTensorsOptions {
  /** Longest sequence kept; default 128. */
  maxLength?: number;
  /** 'longest': pad to the longest row of each batch (default); 'max_length': always pad to maxLength. */
  padding?: 'longest' | 'max_length';
  /** Cut rows longer than maxLength (default true); false makes them an error. */
  truncation?: boolean;
  /** Batch rows of similar length together; default false. */
  bucketByLength?: boolean;
  /** Rows per batch; default 32. */
  batchSize?: number;
  /** Default 'text'. */
  textColumn?: string;
  /** Default 'label'. */
  labelColumn?: string;
  /** Label names in id order (the training set's); default the sorted distinct labels. */
  labels?: readonly string[];
  /** Shuffle rows (or, with bucketByLength, the batches); default false. */
  shuffle?: boolean;
  /** Seed of the shuffle; default 42. */
  seed?: number;
  /** Drop rows with empty text (counted in a warning) instead of throwing. */
  dropEmpty?: boolean;
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${value}`);
  return value;
}

/** Tokenizes, truncates, pads and batches. The caller disposes the tensors: tf.dispose(batches). */
export function toTensors(df: DataFrame, tokenizer: Tokenizer, options: ToTensorsOptions = {}): TextBatch[] {
  checkOptions('tl.data.toTensors(df, tokenizer, options)', 'options', options, TO_TENSORS_SPEC);
  const maxLength = positiveInteger(options.maxLength ?? 128, 'maxLength');
  const batchSize = positiveInteger(options.batchSize ?? 32, 'batchSize');
  const padding = options.padding ?? 'longest';
  if (padding !== 'longest' && padding !== 'max_length') throw new Error(`padding must be 'longest' or 'max_length', got '${padding}'`);
  const textColumn = options.textColumn ?? 'text';
  const { texts, positions } = textRows(df, textColumn, { dropEmpty: options.dropEmpty });
  const { ids: classIds } = encodeLabels(df, { label: options.labelColumn ?? 'label', labels: options.labels });
  const sequences = texts.map((text, i) => {
    const ids = tokenizer.encode(text);
    if (ids.length === 0) throw new Error(`text column '${textColumn}' row ${positions[i]} tokenizes to no tokens; drop or fix that row`);
    if (ids.length <= maxLength) return ids;
    if (options.truncation === false) {
      throw new Error(`row ${positions[i]} has ${ids.length} tokens, more than maxLength ${maxLength}; pass truncation: true or raise maxLength`);
    }
    return ids.slice(0, maxLength);
  });
  const random = seededRandom(options.seed ?? 42);
  let order = sequences.map((_, i) => i);
  if (options.bucketByLength) order.sort((a, b) => sequences[a].length - sequences[b].length || a - b);
  else if (options.shuffle) order = shuffled(order, random);
  let groups: number[][] = [];
  for (let start = 0; start < order.length; start += batchSize) groups.push(order.slice(start, start + batchSize));
  if (options.bucketByLength && options.shuffle) groups = shuffled(groups, random);
  return groups.map((group) => {
    const width = padding === 'max_length' ? maxLength : Math.max(...group.map((i) => sequences[i].length));
    const ids = new Int32Array(group.length * width).fill(tokenizer.padId);
    group.forEach((i, row) => ids.set(sequences[i], row * width));
    const indices = group.map((i) => positions[i]);
    return {
      ids: tf.tensor2d(ids, [group.length, width], 'int32'),
      labels: tf.tensor1d(indices.map((p) => classIds[p]), 'int32'),
      indices,
    };
  });
}
