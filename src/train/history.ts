// The history fineTune returns: per-epoch and per-step records (HistoryLike, which
// the plots read), why training ended, and its notebook display: a plotly chart
// with the table as its text form.
import { JUPYTER_DISPLAY, type MimeBundle } from '../display';
import { tableHtml, tableText, type Table } from '../display/table';
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
  return tableText({ ...epochTable(h), rule: false });
}

function epochTable(h: HistoryLike): Table {
  const cols = columnsOf(h.epochs);
  return { columns: cols.map((title) => ({ title, align: 'right' })), rows: h.epochs.map((r) => cols.map((c) => format(r[c]))) };
}

/** A chart of the history (with the table as its text form), or the table before any record. */
export function historyBundle(h: HistoryLike): MimeBundle {
  const text = historyTable(h);
  if (h.epochs.length === 0 && h.steps.length === 0) return { 'text/html': tableHtml(epochTable(h)), 'text/plain': text };
  return { ...historyFigure(h)[JUPYTER_DISPLAY](), 'text/plain': text };
}
