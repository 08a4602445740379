// What tl.evaluate() returns: the numbers (accuracy, per-class scores, confusion matrix,
// ROC AUC for binary tasks), every prediction for error analysis, and a notebook view
// with tables and figures.
import { JUPYTER_DISPLAY, displaySink, type MimeBundle } from '../display';
import { confusionMatrixFigure } from '../plot/confusion-matrix';
import { precisionRecallFigure, rocFigure } from '../plot/curves';
import { perClassF1Figure } from '../plot/per-class-f1';
import { figureHtml } from '../plot/html';
import { takeLibraryForSession } from '../plot/plotly-library';
import type { Figure } from '../plot/figure';
import { ClassificationReport } from '../metrics/classification-report';
import { confusionMatrix } from '../metrics/confusion-matrix';
import { averagePrecision, precisionRecallCurve, rocAuc, rocCurve, type PrecisionRecallCurve, type RocCurve } from '../metrics/curves';
import type { ClassScores } from '../metrics/prf';
import { escapeHtml } from '../display/escape-html';
import { pyFixed } from '../metrics/format';

export interface ExamplePrediction {
  /** Position in the evaluated data. */
  index: number;
  text: string;
  /** The true label. */
  label: string;
  predicted: string;
  /** Probability of the predicted label. */
  score: number;
  /** One probability per model label. */
  scores: number[];
  correct: boolean;
}

export interface EvaluationFigures {
  confusionMatrix: Figure;
  perClassF1: Figure;
  roc?: Figure;
  precisionRecall?: Figure;
}

/** The figures a model card needs, as plain JSON. */
export interface EvaluationSummary {
  examples: number;
  labels: string[];
  accuracy: number;
  macro: ClassScores;
  weighted: ClassScores;
  perClass: Record<string, ClassScores>;
  confusionMatrix: number[][];
  rocAuc?: number;
  averagePrecision?: number;
}

const SHOWN_ERRORS = 5;
const SHOWN_TEXT = 160;

export class EvaluationReport {
  readonly labels: string[];
  readonly accuracy: number;
  readonly report: ClassificationReport;
  readonly perClass: Record<string, ClassScores>;
  readonly micro: ClassScores;
  readonly macro: ClassScores;
  readonly weighted: ClassScores;
  /** Rows: true labels, columns: predicted, in `labels` order. */
  readonly confusionMatrix: number[][];
  readonly predictions: ExamplePrediction[];
  /** Binary tasks whose data holds both classes: the second label is the positive class. */
  readonly positiveLabel?: string;
  readonly rocAuc?: number;
  readonly rocCurve?: RocCurve;
  readonly averagePrecision?: number;
  readonly precisionRecallCurve?: PrecisionRecallCurve;

  constructor(labels: string[], predictions: ExamplePrediction[]) {
    this.labels = [...labels];
    this.predictions = predictions;
    const yTrue = predictions.map((p) => p.label);
    const yPred = predictions.map((p) => p.predicted);
    // zeroDivision 0: a class the model never predicts is a finding, reported in the table, not a warning.
    this.report = new ClassificationReport(yTrue, yPred, { labels: this.labels, zeroDivision: 0 });
    this.accuracy = this.report.accuracy;
    this.perClass = this.report.perClass;
    this.micro = this.report.micro;
    this.macro = this.report.macro;
    this.weighted = this.report.weighted;
    this.confusionMatrix = confusionMatrix(yTrue, yPred, { labels: this.labels });
    if (this.labels.length === 2 && new Set(yTrue).size === 2) {
      const positive = this.labels[1];
      const isPositive = yTrue.map((l) => l === positive);
      const scores = predictions.map((p) => p.scores[1]);
      this.positiveLabel = positive;
      this.rocAuc = rocAuc(isPositive, scores);
      this.rocCurve = rocCurve(isPositive, scores);
      this.averagePrecision = averagePrecision(isPositive, scores);
      this.precisionRecallCurve = precisionRecallCurve(isPositive, scores);
    }
  }

  /** Misclassified examples, most confident first: where to look for label noise and blind spots. */
  errors(limit = Infinity): ExamplePrediction[] {
    return this.predictions
      .filter((p) => !p.correct)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  figures(): EvaluationFigures {
    return {
      confusionMatrix: confusionMatrixFigure(this),
      perClassF1: perClassF1Figure(this),
      ...(this.rocCurve ? { roc: rocFigure(this), precisionRecall: precisionRecallFigure(this) } : {}),
    };
  }

  toJSON(): EvaluationSummary {
    return {
      examples: this.predictions.length,
      labels: this.labels,
      accuracy: this.accuracy,
      macro: this.macro,
      weighted: this.weighted,
      perClass: this.perClass,
      confusionMatrix: this.confusionMatrix,
      ...(this.rocAuc !== undefined ? { rocAuc: this.rocAuc, averagePrecision: this.averagePrecision } : {}),
    };
  }

  private headline(): string {
    const parts = [`${this.predictions.length} examples`, `accuracy ${pyFixed(this.accuracy, 4)}`, `macro F1 ${pyFixed(this.macro.f1, 4)}`];
    if (this.rocAuc !== undefined) parts.push(`ROC AUC ${pyFixed(this.rocAuc, 4)} (positive: ${this.positiveLabel})`);
    return `Evaluation: ${parts.join(', ')}`;
  }

  toString(): string {
    const width = Math.max(...this.labels.map((l) => l.length), 'true\\pred'.length);
    const matrix = [
      `${'true\\pred'.padStart(width)} ${this.labels.map((l) => l.padStart(8)).join(' ')}`,
      ...this.confusionMatrix.map((row, i) => `${this.labels[i].padStart(width)} ${row.map((c) => String(c).padStart(8)).join(' ')}`),
    ].join('\n');
    return `${this.headline()}\n\n${this.report.toString()}\nConfusion matrix (rows: true, columns: predicted)\n${matrix}\n`;
  }

  private errorsHtml(): string {
    const errors = this.errors(SHOWN_ERRORS);
    if (errors.length === 0) return '<p>No misclassified examples.</p>';
    const rows = errors
      .map((e) => {
        const text = e.text.length > SHOWN_TEXT ? `${e.text.slice(0, SHOWN_TEXT)}…` : e.text;
        return (
          `<tr><td>${e.index}</td><td style="text-align:left" title="${escapeHtml(e.text)}">${escapeHtml(text)}</td>` +
          `<td>${escapeHtml(e.label)}</td><td>${escapeHtml(e.predicted)}</td><td>${pyFixed(e.score, 3)}</td></tr>`
        );
      })
      .join('');
    return (
      `<h4>Most confident errors (${errors.length} of ${this.errors().length}; all in report.errors())</h4>` +
      '<table><thead><tr><th>#</th><th>text</th><th>true</th><th>predicted</th><th>score</th></tr></thead>' +
      `<tbody>${rows}</tbody></table>`
    );
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    const figures = this.figures();
    const shown = [figures.confusionMatrix, figures.roc].filter((f): f is Figure => f !== undefined);
    const includeLibrary = takeLibraryForSession(displaySink()?.sessionId);
    const figuresHtml = shown
      .map((f, i) => `<div style="flex:1 1 420px;min-width:320px">${figureHtml(f.toJSON(), { includeLibrary: includeLibrary && i === 0 })}</div>`)
      .join('');
    const html =
      `<div class="transferlab-evaluation"><h3>${escapeHtml(this.headline())}</h3>` +
      this.report.toHTML() +
      `<div style="display:flex;flex-wrap:wrap;gap:8px">${figuresHtml}</div>` +
      this.errorsHtml() +
      '</div>';
    return { 'text/html': html, 'text/plain': this.toString() };
  }
}
