// tl.data.describe: per-column statistics for exploring a data set, as a table:
// counts and missing values for every column, mean/std/min/max for numbers,
// character and word lengths for text, and value counts for label-like columns.
import type { DataFrame } from 'danfojs-node';
import { JUPYTER_DISPLAY, type MimeBundle } from '../display';
import { columnValues, type Cell } from './frame';
import { wordCount } from './lengths';
import { escapeHtml } from '../display/escape-html';
import { TABLE_STYLE, formatValue, textTable } from './table-html';

/** Columns with at most this many distinct values get their value counts listed. */
const MAX_CATEGORIES = 20;

export interface ColumnSummary {
  column: string;
  dtype: string;
  count: number;
  missing: number;
  unique: number;
  /** Numeric columns. */
  mean?: number;
  std?: number;
  min?: number;
  max?: number;
  /** Text columns: length in characters and in whitespace-separated words. */
  chars?: { mean: number; min: number; max: number };
  words?: { mean: number; min: number; max: number };
  /** Label-like columns (few distinct values): count per value, most frequent first. */
  counts?: Record<string, number>;
}

export class DataDescription {
  constructor(
    readonly rows: number,
    readonly columns: ColumnSummary[],
  ) {}

  private table(): { header: string[]; rows: string[][] } {
    const n = (x: number | undefined) => (x === undefined ? '' : formatValue(x));
    const range = (s?: { mean: number; min: number; max: number }) => (s ? `${n(s.mean)} (${s.min}–${s.max})` : '');
    const header = ['column', 'dtype', 'count', 'missing', 'unique', 'mean', 'std', 'min', 'max', 'chars mean (min–max)', 'words mean (min–max)', 'counts'];
    const rows = this.columns.map((c) => [
      c.column, c.dtype, String(c.count), String(c.missing), String(c.unique), n(c.mean), n(c.std), n(c.min), n(c.max),
      range(c.chars), range(c.words),
      c.counts ? Object.entries(c.counts).map(([k, v]) => `${k}: ${v}`).join(', ') : '',
    ]);
    return { header, rows };
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    const { header, rows } = this.table();
    const head = header.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
    const body = rows.map((r) => `<tr><th>${escapeHtml(r[0])}</th>${r.slice(1).map((v) => `<td>${escapeHtml(v)}</td>`).join('')}</tr>`).join('');
    return {
      'text/plain': `${textTable(header, rows)}\n\n${this.rows} rows`,
      'text/html': `<div>${TABLE_STYLE}<table border="1" class="dataframe"><thead><tr style="text-align: right;">${head}</tr></thead><tbody>${body}</tbody></table><p>${this.rows} rows</p></div>`,
    };
  }
}

function isMissing(v: Cell): boolean {
  return v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));
}

// Loops, not Math.min(...values): spreading a large column overflows the call stack.
function spread(values: number[]): { mean: number; min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  return { mean: sum / values.length, min, max };
}

function summarize(df: DataFrame, column: string, dtype: string): ColumnSummary {
  const all = columnValues(df, column);
  const present = all.filter((v) => !isMissing(v));
  const distinct = new Map<string, number>();
  for (const v of present) distinct.set(String(v), (distinct.get(String(v)) ?? 0) + 1);
  const summary: ColumnSummary = { column, dtype, count: present.length, missing: all.length - present.length, unique: distinct.size };
  if (present.length && present.every((v) => typeof v === 'number')) {
    const nums = present as number[];
    const { mean, min, max } = spread(nums);
    const variance = nums.length > 1 ? nums.reduce((a, b) => a + (b - mean) ** 2, 0) / (nums.length - 1) : NaN;
    Object.assign(summary, { mean, std: Math.sqrt(variance), min, max });
  } else if (present.length) {
    const texts = present.map(String);
    summary.chars = spread(texts.map((t) => t.length));
    summary.words = spread(texts.map(wordCount));
  }
  if (distinct.size > 0 && distinct.size <= MAX_CATEGORIES) {
    summary.counts = Object.fromEntries([...distinct].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  }
  return summary;
}

/** Per-column statistics; displays as a table in a notebook. */
export function describe(df: DataFrame): DataDescription {
  const dtypes = df.dtypes as string[];
  return new DataDescription(df.shape[0], df.columns.map((c, i) => summarize(df, c, dtypes[i] ?? '')));
}
