// One small table renderer (catalog, freeze summary, training history, DataFrame text): aligned text for terminals,
// an HTML table for notebooks, both from the same cells.
import { escapeHtml } from './escape-html';

export interface TableColumn {
  title: string;
  align?: 'left' | 'right';
}

export interface Table {
  columns: TableColumn[];
  rows: string[][];
  /** Lines under the table (totals, notes). */
  footer?: string[];
  caption?: string;
  /** A dashed line under the header in the text form; default true (pandas-style tables have none). */
  rule?: boolean;
}

export function tableText(table: Table): string {
  const widths = table.columns.map((c, i) => Math.max(c.title.length, ...table.rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (table.columns[i].align === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [
    ...(table.caption ? [table.caption] : []),
    line(table.columns.map((c) => c.title)),
    ...(table.rule === false ? [] : [rule]),
    ...table.rows.map(line),
    ...(table.footer?.length ? [rule, ...table.footer] : []),
  ].join('\n');
}

export function tableHtml(table: Table): string {
  const cell = (tag: string, text: string, align?: string) => `<${tag} style="text-align:${align ?? 'left'}">${escapeHtml(text)}</${tag}>`;
  const head = table.columns.map((c) => cell('th', c.title, c.align)).join('');
  const body = table.rows.map((r) => `<tr>${r.map((t, i) => cell('td', t, table.columns[i].align)).join('')}</tr>`).join('\n');
  const caption = table.caption ? `<caption style="text-align:left">${escapeHtml(table.caption)}</caption>` : '';
  const footer = table.footer?.length ? `<p>${table.footer.map(escapeHtml).join('<br>')}</p>` : '';
  return `<table>${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>${footer}`;
}

/** 1234567 -> '1,234,567'. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** Bytes as '27.4 MB'. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
