// tl.datasets.load: one entry point for built-in, local, hub and URL data sets.
import { existsSync } from 'fs';
import { resolve } from 'path';
import { type DataFrame, takeRows } from './frame';
import { type FileFormat, formatOf, readDataFile } from './files';
import { readParquetFile } from './parquet';
import { loadHubDataset, loadUrlDataset } from './hub';
import { firstOccurrences, loadImdb, warnDuplicates } from './imdb';
import { labelStrings } from './labels';
import { seededRandom } from './random';
import { checkSplit } from './sample';
import { loadSpamAssassin } from './spam-assassin';
import { assignParts } from './stratify';
import { isEmptyText } from './texts';
import { warnDropped } from './warn';
import { checkOptions } from '../options';
import { LOAD_SPEC } from './option-specs';

export interface DatasetLoadOptions {
  /** Built-ins: 'train' (default), 'test' or 'all' of a fixed held-out split. Hub: the split name (default 'train'). */
  split?: string;
  /** At most this many rows: a seeded random sample, stratified by the label column when there is one. */
  limit?: number;
  /** Seed of the limit sample; default 42. */
  seed?: number;
  /** Label column used to stratify the limit sample of files and hub data; default 'label'. */
  label?: string;
  /** Text column checked for empty cells; default 'text' (or 'tokens' for CoNLL) when present. */
  textColumn?: string;
  /** Drop rows whose text is empty (counted in a warning) instead of throwing. */
  dropEmpty?: boolean;
  /**
   * Drop rows whose text repeats an earlier row's exactly (counted in a warning), before
   * the limit sample. For imdb this happens before its fixed train/test cut, which it
   * therefore moves: off by default. (spam-assassin never holds duplicates.)
   */
  dedupe?: boolean;
  /** Files and URLs: the format when the extension does not say it. */
  format?: FileFormat;
  /** CoNLL: the column holding the tag; default the last. */
  tagColumn?: number;
  /** Hub: configuration (subset) name. */
  config?: string;
  /** Hub: datasets-server base URL (tests point it at a local server). */
  endpoint?: string;
  /** Hub: read the split's Parquet files (the hub's own format: whole cells, any size) instead of the rows API. */
  parquet?: boolean;
  /** URL downloads: expected sha256 / size in bytes, checked before the file enters the cache. */
  sha256?: string;
  size?: number;
}

export const BUILTIN_DATASETS = ['imdb', 'spam-assassin'] as const;

function checkLimit(limit: number | undefined): void {
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new Error(`limit must be a positive integer, got ${limit}`);
}

/** Drops empty-text rows when asked, else throws on the first one. */
function checkTexts(df: DataFrame, options: DatasetLoadOptions, where: string): DataFrame {
  const column = options.textColumn ?? ['text', 'tokens'].find((c) => df.columns.includes(c));
  if (column === undefined || df.shape[0] === 0) return df;
  if (!df.columns.includes(column)) {
    throw new Error(`textColumn '${column}' is not in ${where}; columns present: ${df.columns.map((c) => `'${c}'`).join(', ')}`);
  }
  const values = df.column(column).values as Array<string | number | null | undefined>;
  const keep = values.flatMap((v, row) => (isEmptyText(v) ? [] : [row]));
  if (keep.length === values.length) return df;
  if (!options.dropEmpty) {
    const row = values.findIndex((v) => isEmptyText(v));
    throw new Error(`${where}: column '${column}' is empty at row ${row}; fix the data or pass dropEmpty: true to drop such rows`);
  }
  warnDropped(values.length - keep.length, 'rows with empty text', where);
  return takeRows(df, keep);
}

function dedupe(df: DataFrame, options: DatasetLoadOptions, where: string): DataFrame {
  const column = options.textColumn ?? ['text', 'tokens'].find((c) => df.columns.includes(c));
  if (!options.dedupe || column === undefined || df.shape[0] === 0) return df;
  const keep = firstOccurrences(df.column(column).values as unknown[]);
  if (keep.length === df.shape[0]) return df;
  warnDuplicates(df.shape[0] - keep.length, where);
  return takeRows(df, keep);
}

function sample(df: DataFrame, options: DatasetLoadOptions): DataFrame {
  const n = df.shape[0];
  if (options.limit === undefined || options.limit >= n) return df;
  const label = options.label ?? 'label';
  const strata = df.columns.includes(label) ? labelStrings(df, label) : undefined;
  const [rows] = assignParts(n, [options.limit / n, 1 - options.limit / n], seededRandom(options.seed ?? 42), strata);
  return takeRows(df, rows);
}

/**
 * Loads a data set as a danfojs DataFrame: 'imdb', 'spam-assassin', a local file
 * (.csv .tsv .json .jsonl .conll .parquet), 'hf:owner/name' or an http(s) URL to a data file.
 * CoNLL files give one row per sentence with space-joined `tokens` and `tags` (IOB2).
 */
export async function load(name: string, options: DatasetLoadOptions = {}): Promise<DataFrame> {
  checkOptions('tl.datasets.load(name, options)', 'options', options, LOAD_SPEC);
  if (typeof name !== 'string' || name === '') throw new Error(`datasets.load needs a data set name, path or URL, got ${JSON.stringify(name)}`);
  checkLimit(options.limit);
  if (name === 'imdb' || name === 'spam-assassin') {
    const split = checkSplit(options.split ?? 'train', name);
    const builtin = { split, limit: options.limit, seed: options.seed };
    return name === 'imdb' ? loadImdb({ ...builtin, dedupe: options.dedupe }) : loadSpamAssassin(builtin);
  }
  if (options.split !== undefined && !name.startsWith('hf:')) {
    throw new Error(`split '${options.split}' only applies to built-in and hub data sets; split '${name}' with tl.data.split()`);
  }
  let df: DataFrame;
  if (name.startsWith('hf:')) df = await loadHubDataset(name.slice(3), options);
  else if (/^https?:\/\//.test(name)) df = await loadUrlDataset(name, options);
  else if (existsSync(name)) df = formatOf(name, options.format) === 'parquet' ? await readParquetFile(name) : readDataFile(name, options);
  else {
    throw new Error(
      `unknown data set '${name}': not a built-in (${BUILTIN_DATASETS.join(', ')}), not a file (${resolve(name)} does not exist), ` +
        `not hf:owner/name or an http(s) URL`,
    );
  }
  return sample(dedupe(checkTexts(df, options, name), options, name), options);
}
