// What fineTune trains on: a DataFrame of texts and labels (tokenized with the
// TextModel's own encode) or tensors { x, y }. Both become ids/features `x` (a
// tensor, batches are gathered from it) and integer labels `y` (-1 = ignored).
import { tf } from '../tf';
import { isDataFrameLike, type DataFrameLike } from '../data/frame-like';
import { isTextModel } from '../models/is-text-model';
import type { TextModel } from '../models/types';

export interface TensorData {
  x: tf.Tensor;
  /** Class indices [n] (or [n, length] per token), or one-hot [n, classes]. */
  y: tf.Tensor;
}

export type TrainData = DataFrameLike | TensorData;

export interface Examples {
  x: tf.Tensor;
  /** Labels, example-major: labelsPerExample values per example. */
  y: Int32Array;
  labelShape: number[];
  n: number;
  /** fineTune created x and disposes it; the caller's tensors are left alone. */
  ownsX: boolean;
}

export interface ColumnOptions {
  textColumn: string;
  labelColumn: string;
  /** Label names, in output order (a TextModel's labels). */
  labels?: string[];
  maxLength?: number;
}

function isTensorData(data: unknown): data is TensorData {
  return typeof data === 'object' && data !== null && (data as TensorData).x instanceof tf.Tensor && (data as TensorData).y instanceof tf.Tensor;
}

function column(df: DataFrameLike, name: string, option: string, arg: string): unknown[] {
  if (!df.columns.includes(name)) {
    throw new Error(`fineTune: ${arg} has no column '${name}' (columns: ${df.columns.join(', ')}); pass ${option}: '<column>'`);
  }
  return Array.from(df.column(name).values as ArrayLike<unknown>);
}

/** A label as an index: a label name (also for numbers that name a label), else an index into labels. */
function labelIndex(value: unknown, labels: string[] | undefined, classes: number, arg: string, row: number): number {
  if (labels) {
    const byName = labels.indexOf(String(value));
    if (byName >= 0) return byName;
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < classes) return value;
  const known = labels ? `one of ${labels.map((l) => `'${l}'`).join(', ')} or an index below ${classes}` : `an index below ${classes}`;
  throw new Error(`fineTune: ${arg} row ${row} has label ${JSON.stringify(value)}; labels must be ${known}`);
}

export function toExamples(
  model: TextModel | tf.LayersModel,
  data: TrainData,
  classes: number,
  options: ColumnOptions,
  arg: string,
): Examples {
  if (isDataFrameLike(data)) {
    if (!isTextModel(model)) {
      throw new Error(`fineTune: ${arg} is a DataFrame, which needs a TextModel (tl.classifier) to tokenize it; pass tensors { x, y } for a plain LayersModel`);
    }
    const texts = column(data, options.textColumn, 'textColumn', arg).map((t) => String(t ?? ''));
    const labels = column(data, options.labelColumn, 'labelColumn', arg);
    if (texts.length === 0) throw new Error(`fineTune: ${arg} has no rows`);
    const y = Int32Array.from(labels, (v, row) => labelIndex(v, options.labels, Math.max(classes, 2), arg, row));
    const x = model.encode(texts, { maxLength: options.maxLength });
    return { x, y, labelShape: [], n: texts.length, ownsX: true };
  }
  if (!isTensorData(data)) {
    throw new Error(`fineTune: ${arg} must be a DataFrame (columns '${options.textColumn}', '${options.labelColumn}') or tensors { x, y }`);
  }
  const n = data.x.shape[0];
  if (n === 0) throw new Error(`fineTune: ${arg}.x has no rows`);
  if (data.y.shape[0] !== n) throw new Error(`fineTune: ${arg}.x has ${n} rows but ${arg}.y has ${data.y.shape[0]}`);
  const oneHot = data.y.dtype === 'float32' && data.y.rank >= 2 && data.y.shape[data.y.rank - 1] === classes && classes > 1;
  const labels = tf.tidy(() => (oneHot ? data.y.argMax(-1) : data.y.cast('int32')));
  const y = Int32Array.from(labels.dataSync());
  const labelShape = labels.shape.slice(1);
  labels.dispose();
  const limit = Math.max(classes, 2);
  const bad = y.findIndex((v) => v >= limit);
  if (bad >= 0) throw new Error(`fineTune: ${arg}.y holds label ${y[bad]} but the model has ${classes} output(s); labels must be below ${limit} (or -1 to ignore)`);
  return { x: data.x, y, labelShape, n, ownsX: false };
}

/** The labels of these examples as an int32 tensor [batch, ...labelShape]. */
export function labelBatch(ex: Examples, indices: Int32Array): tf.Tensor {
  const per = ex.labelShape.reduce((a, b) => a * b, 1);
  const out = new Int32Array(indices.length * per);
  indices.forEach((i, k) => out.set(ex.y.subarray(i * per, (i + 1) * per), k * per));
  return tf.tensor(out, [indices.length, ...ex.labelShape], 'int32');
}
