// Row records (from JSON, JSON Lines, CSV, the hub) to a DataFrame. danfojs cannot hold
// arrays in cells, so a sequence (tokens, tags) becomes one space-joined string: the
// same convention as CoNLL frames; taggedSentences() splits it back.
import { type DataFrame, frameFromColumns, type Cell } from './frame';

export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join(' ');
  return JSON.stringify(value);
}

export function recordsToFrame(records: readonly unknown[], where: string): DataFrame {
  const names: string[] = [];
  const known = new Set<string>();
  records.forEach((record, i) => {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new Error(`${where}: record ${i} is ${Array.isArray(record) ? 'an array' : JSON.stringify(record)}, expected an object like {"text": ..., "label": ...}`);
    }
    for (const key of Object.keys(record)) if (!known.has(key)) known.add(key), names.push(key);
  });
  const columns: Record<string, Cell[]> = {};
  for (const name of names) columns[name] = records.map((r) => toCell((r as Record<string, unknown>)[name]));
  return frameFromColumns(columns);
}

/** CSV cells are text; a column whose every non-empty cell is a number becomes numeric (empty cells: NaN). */
export function inferColumn(values: string[]): Cell[] {
  const filled = values.filter((v) => v.trim() !== '');
  if (filled.length === 0 || !filled.every((v) => Number.isFinite(Number(v)))) return values;
  return values.map((v) => (v.trim() === '' ? NaN : Number(v)));
}
