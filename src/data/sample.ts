// Fixed held-out splits and seeded, stratified samples for the built-in data sets.
import { seededRandom } from './random';
import { assignParts } from './stratify';

export type BuiltinSplit = 'train' | 'test' | 'all';

export interface SampleOptions {
  split?: BuiltinSplit;
  limit?: number;
  seed?: number;
}

/** The seed of every built-in fixed split: changing it would change every published number. */
const FIXED_SPLIT_SEED = 20_240_501;

export function checkSplit(split: string, name: string): BuiltinSplit {
  if (split === 'train' || split === 'test' || split === 'all') return split;
  throw new Error(`split '${split}' is not one of 'train', 'test', 'all' for data set '${name}'`);
}

/**
 * Row positions for a split: a fixed stratified train/test cut (testFraction of each
 * stratum held out), then, with limit, a seeded stratified sample, never the first rows.
 */
export function selectRows(strata: readonly string[], testFraction: number, options: SampleOptions, name: string): number[] {
  const split = checkSplit(options.split ?? 'train', name);
  const [train, test] = assignParts(strata.length, [1 - testFraction, testFraction], seededRandom(FIXED_SPLIT_SEED), strata);
  const rows = split === 'train' ? train : split === 'test' ? test : train.concat(test);
  const limit = options.limit;
  if (limit === undefined || limit >= rows.length) return rows;
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`limit must be a positive integer, got ${limit}`);
  const [picked] = assignParts(
    rows.length,
    [limit / rows.length, 1 - limit / rows.length],
    seededRandom(options.seed ?? 42),
    rows.map((r) => strata[r]),
  );
  return picked.map((i) => rows[i]);
}
