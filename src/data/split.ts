// train / val / test splits, stratified by label by default, reproducible by seed.
import { type DataFrame, takeRows } from './frame';
import { labelStrings } from './labels';
import { seededRandom } from './random';
import { assignParts } from './stratify';
import { checkColumn, checkOptions } from '../options';
import { SPLIT_SPEC } from './option-specs';

export interface SplitRatios {
  train: number;
  val?: number;
  test: number;
}

export interface SplitOptions {
  /** Label column used for stratification; default 'label'. */
  label?: string;
  /**
   * Fractions of rows per split, summing to 1; default { train: 0.8, val: 0.1, test: 0.1 }.
   * An array is [train, val, test], or [train, val] with an empty test split.
   */
  ratios?: SplitRatios | readonly number[];
  /** Keep each class's proportion in every split (within one example); default true when the label column exists. */
  stratify?: boolean;
  /** Seed of the shuffle; default 42. */
  seed?: number;
}

export interface Splits {
  train: DataFrame;
  val: DataFrame;
  test: DataFrame;
}

function checkRatios(ratios: SplitRatios | readonly number[]): number[] {
  // [train, val] is what people write for a two-way split: the test part is empty.
  const list = Array.isArray(ratios)
    ? ratios.length === 2 ? [...(ratios as readonly number[]), 0] : (ratios as readonly number[])
    : [(ratios as SplitRatios).train, (ratios as SplitRatios).val ?? 0, (ratios as SplitRatios).test];
  if (list.length !== 3 || list.some((r) => typeof r !== 'number' || !(r >= 0))) {
    throw new Error(`tl.data.split(df, options): options.ratios must be { train, val?, test } or [train, val, test] or [train, val] of non-negative numbers, got ${JSON.stringify(ratios)}`);
  }
  const sum = list.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-6) throw new Error(`tl.data.split(df, options): options.ratios must sum to 1, got ${sum} from ${JSON.stringify(ratios)}`);
  return [...list];
}

/** Shuffles and splits rows into train / val / test, each with a fresh 0..n-1 index. */
export function split(df: DataFrame, options: SplitOptions = {}): Splits {
  checkOptions('tl.data.split(df, options)', 'options', options, SPLIT_SPEC);
  if (options.label !== undefined) checkColumn('tl.data.split(df, options)', 'options.label', options.label, df.columns);
  const label = options.label ?? 'label';
  const ratios = checkRatios(options.ratios ?? { train: 0.8, val: 0.1, test: 0.1 });
  const stratify = options.stratify ?? df.columns.includes(label);
  const strata = stratify ? labelStrings(df, label) : undefined;
  const [train, val, test] = assignParts(df.shape[0], ratios, seededRandom(options.seed ?? 42), strata);
  return { train: takeRows(df, train), val: takeRows(df, val), test: takeRows(df, test) };
}
