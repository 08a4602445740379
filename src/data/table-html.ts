// Rendering table cells the way pandas does in Jupyter: long text truncated
// (full text in the title, shown on hover), floats to 6 significant digits.
import { escapeHtml } from '../display/escape-html';
import { tableText } from '../display/table';

export const MAX_CELL_CHARS = 50;

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  return String(value);
}

/** One-line cell text, truncated with an ellipsis. */
export function cellText(value: unknown, max = MAX_CELL_CHARS): string {
  const text = formatValue(value).replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function htmlCell(value: unknown): string {
  const full = formatValue(value);
  const shown = cellText(value);
  const title = shown === full ? '' : ` title="${escapeHtml(full)}"`;
  return `<td${title}>${escapeHtml(shown)}</td>`;
}

export const TABLE_STYLE =
  '<style scoped>.dataframe tbody tr th:only-of-type{vertical-align:middle}.dataframe tbody tr th{vertical-align:top}' +
  '.dataframe thead th{text-align:right}.dataframe thead tr.dtypes th{font-weight:normal;font-style:italic;color:#888}</style>';

/** Positions to show of n items: all when n <= max, else the first and last `edge` with a gap (-1) between. */
export function visiblePositions(n: number, max: number, edge: number): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  return [...Array.from({ length: edge }, (_, i) => i), -1, ...Array.from({ length: edge }, (_, i) => n - edge + i)];
}

/** A fixed-width text table: a header row and body rows, columns padded to their widest cell. */
export function textTable(header: string[], rows: string[][]): string {
  return tableText({ columns: header.map((title) => ({ title })), rows, rule: false });
}
