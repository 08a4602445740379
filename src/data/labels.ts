// Label columns: one type per column, no gaps, and a fixed label -> id mapping.
import { type DataFrame, columnValues, frameFromColumns, type Cell } from './frame';
import { checkOptions } from '../options';
import { ENCODE_LABELS_SPEC } from './option-specs';

function typeOf(value: Cell): string {
  return value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)) ? 'missing' : typeof value;
}

/** The label column as strings; errors on missing values and on mixed types. */
export function labelStrings(df: DataFrame, label: string): string[] {
  const values = columnValues(df, label, 'label');
  let first: { type: string; row: number } | undefined;
  return values.map((value, row) => {
    const type = typeOf(value);
    if (type === 'missing') throw new Error(`label column '${label}' has no value at row ${row}; fill or drop that row first`);
    if (!first) first = { type, row };
    else if (type !== first.type) {
      throw new Error(
        `label column '${label}' mixes types: ${first.type} at row ${first.row} (${JSON.stringify(values[first.row])}) ` +
          `and ${type} at row ${row} (${JSON.stringify(value)}); convert the column to one type`,
      );
    }
    return String(value);
  });
}

/** Distinct labels in a stable order: numeric order for numeric labels, else lexicographic. */
export function sortedLabels(values: readonly string[]): string[] {
  const unique = [...new Set(values)];
  const numeric = unique.every((v) => v.trim() !== '' && Number.isFinite(Number(v)));
  return numeric ? unique.sort((a, b) => Number(a) - Number(b)) : unique.sort();
}

export interface EncodedLabels {
  /** Label names; ids index into this. */
  labels: string[];
  /** One id per row. */
  ids: number[];
}

export interface EncodeLabelsOptions {
  /** Label column; default 'label'. */
  label?: string;
  /** The label set seen in training; any other value is an error. Default: the sorted distinct values. */
  labels?: readonly (string | number | boolean)[];
}

/** Maps a label column to integer ids (like scikit-learn's LabelEncoder, or a fixed label list). */
export function encodeLabels(df: DataFrame, options: EncodeLabelsOptions = {}): EncodedLabels {
  checkOptions('tl.data.encodeLabels(df, options)', 'options', options, ENCODE_LABELS_SPEC);
  const label = options.label ?? 'label';
  const values = labelStrings(df, label);
  const labels = options.labels ? options.labels.map(String) : sortedLabels(values);
  if (new Set(labels).size !== labels.length) throw new Error(`labels has duplicates: ${labels.join(', ')}`);
  const idOf = new Map(labels.map((name, id) => [name, id]));
  const ids = values.map((value, row) => {
    const id = idOf.get(value);
    if (id === undefined) {
      throw new Error(
        `label '${value}' at row ${row} of column '${label}' was not seen in training (known labels: ${labels.join(', ')}); ` +
          `drop those rows or retrain with that label`,
      );
    }
    return id;
  });
  return { labels, ids };
}

/** Rows per label: a DataFrame with columns label, count, fraction (in label order). */
export function classBalance(df: DataFrame, label = 'label'): DataFrame {
  const values = labelStrings(df, label);
  const labels = sortedLabels(values);
  const counts = new Map(labels.map((l) => [l, 0]));
  for (const v of values) counts.set(v, counts.get(v)! + 1);
  return frameFromColumns({
    label: labels,
    count: labels.map((l) => counts.get(l)!),
    fraction: labels.map((l) => counts.get(l)! / values.length),
  });
}
