// Text lengths in tokens (with a tokenizer) or whitespace-separated words.
import type { Tokenizer } from '../tokenizers/types';
import { type DataFrame } from './frame';
import { textRows } from './texts';
import { checkOptions } from '../options';
import { TEXT_LENGTHS_SPEC } from './option-specs';

export interface TextLengths {
  unit: 'tokens' | 'words';
  /** One length per row. */
  lengths: number[];
  min: number;
  max: number;
  mean: number;
  median: number;
  /** 95th percentile: a good maxLength that truncates about one text in twenty. */
  p95: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function lengthStats(lengths: number[], unit: TextLengths['unit']): TextLengths {
  const sorted = [...lengths].sort((a, b) => a - b);
  const n = lengths.length;
  return {
    unit,
    lengths,
    min: n ? sorted[0] : NaN,
    max: n ? sorted[n - 1] : NaN,
    mean: n ? lengths.reduce((a, b) => a + b, 0) / n : NaN,
    median: n ? (n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2) : NaN,
    p95: percentile(sorted, 0.95),
  };
}

export interface TextLengthOptions {
  /** Text column; default 'text'. */
  column?: string;
  /** Count tokens with this tokenizer instead of words. */
  tokenizer?: Tokenizer;
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

export function textLengths(df: DataFrame, options: TextLengthOptions = {}): TextLengths {
  checkOptions('tl.data.textLengths(df, options)', 'options', options, TEXT_LENGTHS_SPEC);
  const column = options.column ?? 'text';
  const { texts } = textRows(df, column, { argument: 'column' });
  const tokenizer = options.tokenizer;
  return tokenizer
    ? lengthStats(texts.map((t) => tokenizer.encode(t).length), 'tokens')
    : lengthStats(texts.map(wordCount), 'words');
}
