// Plots: plotly figures that display themselves in notebooks, and ways to show, update and save them.
import { displaySink } from '../display';
import { classBalanceFigure } from './class-balance';
import { confusionMatrixFigure } from './confusion-matrix';
import { precisionRecallFigure, rocFigure } from './curves';
import { embeddingsFigure } from './embeddings';
import { historyFigure } from './history';
import { perClassF1Figure } from './per-class-f1';
import { resendLibrary } from './plotly-library';
import { save } from './save';
import { show } from './show';
import { textLengthFigure } from './text-lengths';
import { Figure } from './figure';

export const plot = {
  /** Training history: loss and metrics per step and epoch, train vs validation. */
  history: historyFigure,
  /** Heatmap with counts, from a matrix or an evaluation report. */
  confusionMatrix: confusionMatrixFigure,
  /** Bars of examples per label. */
  classBalance: classBalanceFigure,
  /** Histogram of text lengths (words, characters or tokens), optionally per label. */
  textLengths: textLengthFigure,
  /** ROC curve with its AUC, from (yTrue, scores) or a binary evaluation report. */
  roc: rocFigure,
  /** Precision-recall curve with average precision, from (yTrue, scores) or a binary evaluation report. */
  precisionRecall: precisionRecallFigure,
  /** 2-D PCA projection of embeddings, coloured by label, text on hover. */
  embeddings: embeddingsFigure,
  /** F1 bars per class from a classification or evaluation report. */
  perClassF1: perClassF1Figure,
  /** Displays a figure and returns a handle whose update() redraws it in place. */
  show,
  /** Writes a standalone HTML page (plotly.js inlined); returns its absolute path. */
  save,
  /** Builds a figure from plotly traces and layout. */
  figure: (data: Figure['data'], layout?: Figure['layout'], config?: Figure['config']) => new Figure(data, layout, config),
  /** Makes the next figure carry plotly.js again (after clearing the output that carried it). */
  resendLibrary: () => resendLibrary(displaySink()?.sessionId),
};

export { Figure, PLOTLY_MIME, type PlotlyTrace, type PlotlyLayout, type PlotlyFigureJSON } from './figure';
export { historyFigure } from './history';
export type { FigureHandle } from './show';
export type { ConfusionMatrixFigureOptions, ConfusionMatrixSource } from './confusion-matrix';
export type { ClassBalanceOptions } from './class-balance';
export type { TextLengthFigureOptions } from './text-lengths';
export type { CurveFigureOptions, CurveSource } from './curves';
export type { EmbeddingsFigureOptions } from './embeddings';
