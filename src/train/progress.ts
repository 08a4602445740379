// Training progress. In a notebook: one progress bar per epoch updated in place,
// plus a loss chart updated at each epoch end. In
// a terminal: a line rewritten with \r on a TTY, one line per epoch otherwise.
import { display, inNotebook, mimeBundle, type DisplayHandle } from '../display';
import { historyFigure } from '../plot/history';
import { show, type FigureHandle } from '../plot/show';
import type { HistoryLike } from '../plot/history-like';

const UPDATE_EVERY_MS = 250;
/** The loss chart redraws at most this often within an epoch (it sends the whole figure). */
const CHART_EVERY_MS = 5000;

export interface ProgressConfig {
  silent: boolean;
  epochs: number;
  stepsPerEpoch: number;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function metricsText(record: Record<string, number>): string {
  return Object.entries(record)
    .filter(([k]) => k !== 'epoch' && k !== 'lr')
    .map(([k, v]) => `${k} ${k === 'seconds' ? v.toFixed(1) : v.toFixed(4)}`)
    .join(' · ');
}

export class Progress {
  private readonly notebook = inNotebook();
  private readonly tty = Boolean(process.stdout.isTTY);
  private bar?: DisplayHandle;
  private chart?: FigureHandle;
  private epoch = 0;
  private startedAt = 0;
  private lastUpdate = 0;
  private lastChart = 0;
  private examples = 0;

  constructor(
    private readonly config: ProgressConfig,
    private readonly history: HistoryLike,
  ) {}

  epochStart(epoch: number): void {
    this.epoch = epoch;
    this.startedAt = Date.now();
    this.lastUpdate = 0;
    this.lastChart = this.startedAt;
    this.examples = 0;
    if (this.config.silent) return;
    if (this.notebook) this.bar = display(this.bundle(0, undefined));
  }

  /** After each batch: `step` is the 1-based batch number in this epoch. */
  step(step: number, size: number, loss: number): void {
    this.examples += size;
    if (this.config.silent) return;
    const now = Date.now();
    if (now - this.lastUpdate < UPDATE_EVERY_MS && step < this.config.stepsPerEpoch) return;
    this.lastUpdate = now;
    if (this.notebook) {
      this.bar?.update(this.bundle(step, loss));
      if (now - this.lastChart >= CHART_EVERY_MS) this.drawChart();
    } else if (this.tty) process.stdout.write(`\r${this.line(step, loss)}\x1b[K`);
  }

  epochEnd(record: Record<string, number>): void {
    if (this.config.silent) return;
    const summary = `epoch ${this.epoch + 1}/${this.config.epochs} · ${metricsText(record)}`;
    if (this.notebook) {
      this.bar?.update(mimeBundle({ 'text/plain': summary, 'text/html': this.html(1, summary) }));
      this.drawChart();
    } else if (this.tty) {
      process.stdout.write(`\r${summary}\x1b[K\n`);
    } else {
      console.log(summary);
    }
  }

  /** Ends a half-drawn terminal line (stopped or failed mid-epoch). */
  finish(): void {
    if (!this.config.silent && !this.notebook && this.tty && this.examples > 0) process.stdout.write('\n');
    this.examples = 0;
  }

  private drawChart(): void {
    this.lastChart = Date.now();
    // plot.show sends plotly.js as an output of its own, so redrawing the chart in
    // place never removes the library from the saved notebook.
    const figure = historyFigure(this.history);
    if (this.chart) this.chart.update(figure);
    else this.chart = show(figure);
  }

  private line(step: number, loss: number | undefined): string {
    const { epochs, stepsPerEpoch } = this.config;
    const elapsed = (Date.now() - this.startedAt) / 1000;
    const rate = elapsed > 0 ? this.examples / elapsed : 0;
    const left = step > 0 ? (elapsed / step) * (stepsPerEpoch - step) : Infinity;
    const width = 20;
    const filled = Math.round((width * step) / stepsPerEpoch);
    const bar = '#'.repeat(filled) + '.'.repeat(width - filled);
    const lossText = loss === undefined ? '' : ` loss ${loss.toFixed(4)} ·`;
    return `epoch ${this.epoch + 1}/${epochs} [${bar}] ${step}/${stepsPerEpoch} ·${lossText} ${rate.toFixed(0)} ex/s · ${clock(left)} left`;
  }

  private html(fraction: number, text: string): string {
    const pct = (100 * fraction).toFixed(1);
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return (
      `<div style="font-family:monospace"><progress value="${pct}" max="100" style="width:40%;vertical-align:middle"></progress> ` +
      `<span>${escaped}</span></div>`
    );
  }

  private bundle(step: number, loss: number | undefined) {
    const text = this.line(step, loss);
    return mimeBundle({ 'text/plain': text, 'text/html': this.html(step / this.config.stepsPerEpoch, text) });
  }
}
