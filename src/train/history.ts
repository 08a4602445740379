// The history fineTune returns: per-epoch and per-step records (HistoryLike, which
// the plots read), why training ended, and its notebook display: a plotly chart
// with the table as its text form.
import { JUPYTER_DISPLAY, type MimeBundle } from '../display';
import { historyFigure } from '../plot/history';
import type { HistoryLike } from '../plot/history-like';

export type StopReason = 'completed' | 'early-stopping' | 'stopped' | 'error';

export class History implements HistoryLike {
  epochs: Array<Record<string, number>> = [];
  steps: Array<Record<string, number>> = [];
  /** Why the loop ended: all epochs ran, early stopping, stopTraining()/signal, or an exception. */
  stopReason: StopReason = 'completed';
  /** The epoch whose weights the model holds after early stopping restored them. */
  restoredEpoch?: number;

  /** The seed of the run (a resumed run keeps its checkpoint's). */
  constructor(public seed: number) {}

  toString(): string {
    return historyTable(this);
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    return historyBundle(this);
  }
}

function columnsOf(rows: Array<Record<string, number>>): string[] {
  const keys = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) keys.add(k);
  return [...keys];
}

function format(v: number | undefined): string {
  if (v === undefined) return '';
  return Number.isInteger(v) ? String(v) : v.toPrecision(4);
}

export function historyTable(h: HistoryLike): string {
  if (h.epochs.length === 0) return `History: no complete epoch (${h.steps.length} steps)`;
  const cols = columnsOf(h.epochs);
  const rows = [cols, ...h.epochs.map((r) => cols.map((c) => format(r[c])))];
  const widths = cols.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padStart(widths[i])).join('  ')).join('\n');
}

function htmlTable(h: HistoryLike): string {
  const cols = columnsOf(h.epochs);
  const head = cols.map((c) => `<th>${c}</th>`).join('');
  const body = h.epochs.map((r) => `<tr>${cols.map((c) => `<td>${format(r[c])}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A chart of the history (with the table as its text form), or the table before any record. */
export function historyBundle(h: HistoryLike): MimeBundle {
  const text = historyTable(h);
  if (h.epochs.length === 0 && h.steps.length === 0) return { 'text/html': htmlTable(h), 'text/plain': text };
  return { ...historyFigure(h)[JUPYTER_DISPLAY](), 'text/plain': text };
}
