// ROC and precision-recall curves for binary tasks, from labels and scores or from a
// binary evaluation report.
import { averagePrecision, precisionRecallCurve, rocAuc, rocCurve, type BinaryCurveOptions, type PrecisionRecallCurve, type RocCurve } from '../metrics/curves';
import { pyFixed } from '../metrics/format';
import type { Label } from '../metrics/labels';
import { Figure } from './figure';
import { checkOptions } from '../options';
import { CURVE_FIGURE_SPEC } from './option-specs';

export interface CurveSource {
  rocCurve?: RocCurve;
  rocAuc?: number;
  precisionRecallCurve?: PrecisionRecallCurve;
  averagePrecision?: number;
}

export interface CurveFigureOptions extends BinaryCurveOptions {
  title?: string;
  /** Legend name of the curve; default 'model'. */
  name?: string;
}

const thresholdText = (t: number[]) => t.map((v) => (Number.isFinite(v) ? pyFixed(v, 4) : String(v)));

function fromSource<K extends keyof CurveSource>(source: unknown, key: K, plot: string): NonNullable<CurveSource[K]> {
  const value = (source as CurveSource | undefined)?.[key];
  if (value === undefined) {
    throw new TypeError(`${plot} takes (yTrue, scores) or a binary evaluation report; this report has no ${key} (is the task binary?).`);
  }
  return value as NonNullable<CurveSource[K]>;
}

export function rocFigure(
  source: Array<Label | boolean> | CurveSource,
  scores?: number[],
  options: CurveFigureOptions = {},
): Figure {
  checkOptions('tl.plot.roc(source, scores, options)', 'options', options, CURVE_FIGURE_SPEC);
  const isArrays = Array.isArray(source);
  const curve = isArrays ? rocCurve(source, scores ?? [], { posLabel: options.posLabel }) : fromSource(source, 'rocCurve', 'plot.roc');
  const area = isArrays ? rocAuc(source, scores ?? [], { posLabel: options.posLabel }) : fromSource(source, 'rocAuc', 'plot.roc');
  return new Figure(
    [
      {
        type: 'scatter',
        mode: 'lines',
        name: `${options.name ?? 'model'} (AUC ${pyFixed(area, 3)})`,
        x: curve.fpr,
        y: curve.tpr,
        customdata: thresholdText(curve.thresholds),
        hovertemplate: 'FPR %{x:.3f}<br>TPR %{y:.3f}<br>threshold %{customdata}<extra></extra>',
      },
      { type: 'scatter', mode: 'lines', name: 'chance', x: [0, 1], y: [0, 1], line: { dash: 'dash', color: 'gray' } },
    ],
    {
      title: { text: options.title ?? 'ROC curve' },
      xaxis: { title: { text: 'False positive rate' }, range: [0, 1] },
      yaxis: { title: { text: 'True positive rate' }, range: [0, 1.02] },
    },
  );
}

export function precisionRecallFigure(
  source: Array<Label | boolean> | CurveSource,
  scores?: number[],
  options: CurveFigureOptions = {},
): Figure {
  checkOptions('tl.plot.precisionRecall(source, scores, options)', 'options', options, CURVE_FIGURE_SPEC);
  const isArrays = Array.isArray(source);
  const curve = isArrays
    ? precisionRecallCurve(source, scores ?? [], { posLabel: options.posLabel })
    : fromSource(source, 'precisionRecallCurve', 'plot.precisionRecall');
  const ap = isArrays ? averagePrecision(source, scores ?? [], { posLabel: options.posLabel }) : fromSource(source, 'averagePrecision', 'plot.precisionRecall');
  return new Figure(
    [
      {
        type: 'scatter',
        mode: 'lines',
        name: `${options.name ?? 'model'} (AP ${pyFixed(ap, 3)})`,
        x: curve.recall,
        y: curve.precision,
        line: { shape: 'hv' },
        customdata: [...thresholdText(curve.thresholds), ''],
        hovertemplate: 'recall %{x:.3f}<br>precision %{y:.3f}<br>threshold %{customdata}<extra></extra>',
      },
    ],
    {
      title: { text: options.title ?? 'Precision-recall curve' },
      xaxis: { title: { text: 'Recall' }, range: [0, 1] },
      yaxis: { title: { text: 'Precision' }, range: [0, 1.02] },
    },
  );
}
