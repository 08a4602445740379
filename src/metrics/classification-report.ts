// scikit-learn's classification_report as an object: the numbers as fields, the
// exact text layout from toString(), and an HTML table in a notebook.
import { JUPYTER_DISPLAY, type MimeBundle } from '../display';
import { accuracy } from './accuracy';
import { uniqueLabels, type Label } from './labels';
import { averageScores, perClassScores, type ClassScores } from './prf';
import { escapeHtml } from '../display/escape-html';
import { pyFixed } from './format';
import type { ZeroDivision } from './zero-division';
import { checkOptions } from '../options';
import { CLASSIFICATION_REPORT_SPEC } from './option-specs';

export interface ClassificationReportOptions {
  /** Classes to report on, in order; default every label seen, sorted. */
  labels?: Label[];
  /** Display names for `labels`, in the same order (sklearn's target_names). */
  targetNames?: string[];
  /** Decimals in the text and HTML layouts; default 2. */
  digits?: number;
  zeroDivision?: ZeroDivision;
}

export class ClassificationReport {
  /** Fraction of all examples predicted correctly. */
  readonly accuracy: number;
  readonly labels: Label[];
  readonly perClass: Record<string, ClassScores>;
  readonly micro: ClassScores;
  readonly macro: ClassScores;
  readonly weighted: ClassScores;
  /** True when micro averages equal accuracy (every label is reported), so the layout shows an 'accuracy' row. */
  readonly microIsAccuracy: boolean;
  readonly digits: number;
  private readonly names: string[];

  constructor(yTrue: readonly Label[], yPred: readonly Label[], options: ClassificationReportOptions = {}) {
    checkOptions('tl.metrics.classificationReport(yTrue, yPred, options)', 'options', options, CLASSIFICATION_REPORT_SPEC);
    const zeroDivision = options.zeroDivision ?? 'warn';
    const s = perClassScores(yTrue, yPred, { labels: options.labels, zeroDivision });
    this.labels = s.labels;
    this.digits = options.digits ?? 2;
    if (!Number.isInteger(this.digits) || this.digits < 0 || this.digits > 20) {
      throw new RangeError(`options.digits must be an integer from 0 to 20; got ${String(options.digits)}.`);
    }
    this.names = options.targetNames ?? s.labels.map(String);
    if (this.names.length !== s.labels.length) {
      throw new RangeError(
        `options.targetNames has ${this.names.length} names for ${s.labels.length} labels: give one name per label.`,
      );
    }
    this.perClass = {};
    s.labels.forEach((_, i) => {
      this.perClass[this.names[i]] = {
        precision: s.precision[i],
        recall: s.recall[i],
        f1: s.f1[i],
        support: s.support[i],
      };
    });
    this.micro = averageScores(s, 'micro', zeroDivision);
    this.macro = averageScores(s, 'macro', zeroDivision);
    this.weighted = averageScores(s, 'weighted', zeroDivision);
    this.accuracy = yTrue.length === 0 ? NaN : accuracy(yTrue, yPred);
    const listed = new Set(s.labels);
    this.microIsAccuracy = uniqueLabels(yTrue, yPred).every((l) => listed.has(l));
  }

  /** The report in scikit-learn's exact text layout. */
  toString(): string {
    const d = this.digits;
    const width = Math.max(...this.names.map((n) => n.length), 'weighted avg'.length, d);
    const pad = (s: string, w: number) => s.padStart(w);
    const headers = ['precision', 'recall', 'f1-score', 'support'];
    const row = (name: string, s: ClassScores) =>
      `${pad(name, width)} ` +
      [s.precision, s.recall, s.f1].map((v) => ` ${pad(pyFixed(v, d), 9)}`).join('') +
      ` ${pad(String(s.support), 9)}\n`;
    let out = `${pad('', width)} ${headers.map((h) => ` ${pad(h, 9)}`).join('')}\n\n`;
    this.names.forEach((n) => (out += row(n, this.perClass[n])));
    out += '\n';
    if (this.microIsAccuracy) {
      const cells = ['', '', pyFixed(this.micro.f1, d), String(this.micro.support)];
      out += `${pad('accuracy', width)} ${cells.map((c) => ` ${pad(c, 9)}`).join('')}\n`;
    } else {
      out += row('micro avg', this.micro);
    }
    out += row('macro avg', this.macro);
    out += row('weighted avg', this.weighted);
    return out;
  }

  toHTML(): string {
    const d = this.digits;
    const num = (v: number) => `<td>${pyFixed(v, d)}</td>`;
    const row = (name: string, s: ClassScores) =>
      `<tr><th>${escapeHtml(name)}</th>${num(s.precision)}${num(s.recall)}${num(s.f1)}<td>${s.support}</td></tr>`;
    const accuracyRow = this.microIsAccuracy
      ? `<tr><th>accuracy</th><td></td><td></td>${num(this.micro.f1)}<td>${this.micro.support}</td></tr>`
      : row('micro avg', this.micro);
    return (
      '<table class="transferlab-report" style="text-align:right">' +
      '<thead><tr><th></th><th>precision</th><th>recall</th><th>f1-score</th><th>support</th></tr></thead><tbody>' +
      this.names.map((n) => row(n, this.perClass[n])).join('') +
      '</tbody><tbody style="border-top:1px solid #999">' +
      accuracyRow +
      row('macro avg', this.macro) +
      row('weighted avg', this.weighted) +
      '</tbody></table>'
    );
  }

  toJSON(): Pick<ClassificationReport, 'accuracy' | 'perClass' | 'micro' | 'macro' | 'weighted'> {
    const { accuracy, perClass, micro, macro, weighted } = this;
    return { accuracy, perClass, micro, macro, weighted };
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    return { 'text/plain': this.toString(), 'text/html': this.toHTML() };
  }
}

export function classificationReport(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  options: ClassificationReportOptions = {},
): ClassificationReport {
  return new ClassificationReport(yTrue, yPred, options);
}
