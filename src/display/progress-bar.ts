// A single progress bar for long library work (downloads): in a notebook one
// display updated in place by its id, on a terminal one line rewritten with \r,
// and nothing at all elsewhere (logs, CI). Updates are throttled.
import { display, type DisplayHandle } from './display';
import { mimeBundle } from './mime';
import { inNotebook } from './sink';

export interface ProgressBarOptions {
  /** Shown before the bar, e.g. the file name. */
  label: string;
  /** The amount at 100%; unknown shows the amount done only. */
  total?: number;
  /** How amounts are written; default bytes (kB, MB, GB). */
  format?: (amount: number) => string;
  /** Terminal output; default process.stderr. Drawn only when it is a TTY. */
  output?: { write(text: string): unknown; isTTY?: boolean };
  /** Minimum milliseconds between redraws; default 250. */
  everyMs?: number;
}

/** The <progress> element the notebook shows, with the text beside it. */
export function progressHtml(fraction: number, text: string): string {
  const pct = (100 * Math.min(1, Math.max(0, fraction))).toFixed(1);
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<div style="font-family:monospace"><progress value="${pct}" max="100" style="width:40%;vertical-align:middle"></progress> <span>${escaped}</span></div>`;
}

export function formatBytesShort(bytes: number): string {
  if (bytes < 1e3) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1e3;
  let unit = 0;
  while (value >= 1e3 && unit < units.length - 1) {
    value /= 1e3;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

export class ProgressBar {
  private readonly notebook = inNotebook();
  private readonly output: { write(text: string): unknown; isTTY?: boolean };
  private readonly format: (amount: number) => string;
  private handle?: DisplayHandle;
  private readonly startedAt = Date.now();
  private lastDraw = 0;
  private drewLine = false;

  constructor(private readonly options: ProgressBarOptions) {
    this.output = options.output ?? process.stderr;
    this.format = options.format ?? formatBytesShort;
  }

  private get visible(): boolean {
    return this.notebook || Boolean(this.output.isTTY);
  }

  /** Sets the amount done; redraws at most every `everyMs`, and always at 100%. */
  update(done: number): void {
    if (!this.visible) return;
    const now = Date.now();
    const complete = this.options.total !== undefined && done >= this.options.total;
    if (!complete && now - this.lastDraw < (this.options.everyMs ?? 250)) return;
    this.lastDraw = now;
    this.draw(done);
  }

  /** Draws the final state and ends the terminal line. */
  finish(done: number): void {
    if (!this.visible) return;
    this.draw(done);
    if (this.drewLine) this.output.write('\n');
    this.drewLine = false;
  }

  private draw(done: number): void {
    const { total, label } = this.options;
    const seconds = (Date.now() - this.startedAt) / 1000;
    const rate = seconds > 0 ? `${this.format(done / seconds)}/s` : '';
    const amount = total === undefined ? this.format(done) : `${this.format(done)} / ${this.format(total)}`;
    const fraction = total ? done / total : 0;
    if (this.notebook) {
      const text = `${label} ${amount} · ${rate}`;
      const bundle = mimeBundle({ 'text/plain': text, 'text/html': progressHtml(fraction, text) });
      if (this.handle) this.handle.update(bundle);
      else this.handle = display(bundle);
      return;
    }
    const width = 20;
    const filled = Math.round(width * Math.min(1, fraction));
    const bar = total === undefined ? '' : ` [${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
    this.output.write(`\r${label}${bar} ${amount} · ${rate}\x1b[K`);
    this.drewLine = true;
  }
}
