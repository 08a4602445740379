// Binary ranking metrics with scikit-learn's definitions: one threshold per distinct
// score (tied scores move together, so ties give diagonal ROC segments worth half),
// ROC starting at (0, 0) with threshold Infinity, precision-recall ending at (recall 0, precision 1).
import { checkSameLength, uniqueLabels, type Label } from './labels';
import { checkOptions } from '../options';
import { CURVE_SPEC, ROC_CURVE_SPEC } from './option-specs';

export interface BinaryCurveOptions {
  /** The positive class; default 1 (yTrue must then be in {0, 1} or {-1, 1}). */
  posLabel?: Label;
}

export interface RocCurve {
  fpr: number[];
  tpr: number[];
  thresholds: number[];
}

export interface PrecisionRecallCurve {
  precision: number[];
  recall: number[];
  thresholds: number[];
}

function positives(yTrue: readonly (Label | boolean)[], scores: readonly number[], posLabel: Label | undefined): boolean[] {
  checkSameLength(yTrue, scores, ['yTrue', 'scores']);
  if (yTrue.length === 0) throw new RangeError('yTrue and scores are empty: a curve needs at least one example.');
  scores.forEach((s, i) => {
    if (typeof s !== 'number' || !Number.isFinite(s)) {
      throw new TypeError(`scores[${i}] is ${String(s)}: scores must be finite numbers (probabilities or logits).`);
    }
  });
  const y = yTrue.map((v) => (typeof v === 'boolean' ? Number(v) : v));
  const classes = uniqueLabels(y);
  if (classes.length > 2) {
    throw new RangeError(`yTrue has ${classes.length} classes (${JSON.stringify(classes)}); these curves are for binary tasks.`);
  }
  if (posLabel === undefined) {
    const binaryNumbers = classes.every((c) => c === 0 || c === 1) || classes.every((c) => c === -1 || c === 1);
    if (!binaryNumbers) {
      throw new RangeError(
        `yTrue takes values ${JSON.stringify(classes)} and options.posLabel is not given: ` +
          'pass posLabel (the positive class) or use labels in {0, 1} or {-1, 1}.',
      );
    }
    posLabel = 1;
  }
  const pos = posLabel;
  return y.map((v) => v === pos);
}

/** Cumulative true and false positives at each distinct score, highest first (sklearn's _binary_clf_curve). */
function binaryClfCurve(isPos: boolean[], scores: readonly number[]): { fps: number[]; tps: number[]; thresholds: number[] } {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const fps: number[] = [];
  const tps: number[] = [];
  const thresholds: number[] = [];
  let tp = 0;
  let fp = 0;
  order.forEach((idx, k) => {
    if (isPos[idx]) tp++;
    else fp++;
    const next = order[k + 1];
    if (next === undefined || scores[next] !== scores[idx]) {
      tps.push(tp);
      fps.push(fp);
      thresholds.push(scores[idx]);
    }
  });
  return { fps, tps, thresholds };
}

export function rocCurve(
  yTrue: readonly (Label | boolean)[],
  scores: readonly number[],
  options: BinaryCurveOptions & { dropIntermediate?: boolean } = {},
): RocCurve {
  checkOptions('tl.metrics.rocCurve(yTrue, scores, options)', 'options', options, ROC_CURVE_SPEC);
  let { fps, tps, thresholds } = binaryClfCurve(positives(yTrue, scores, options.posLabel), scores);
  if ((options.dropIntermediate ?? true) && fps.length > 2) {
    // Keep the ends and every point where the curve bends; collinear points add nothing.
    const keep = fps.map(
      (_, i) =>
        i === 0 || i === fps.length - 1 ||
        fps[i + 1] - 2 * fps[i] + fps[i - 1] !== 0 || tps[i + 1] - 2 * tps[i] + tps[i - 1] !== 0,
    );
    fps = fps.filter((_, i) => keep[i]);
    tps = tps.filter((_, i) => keep[i]);
    thresholds = thresholds.filter((_, i) => keep[i]);
  }
  fps = [0, ...fps];
  tps = [0, ...tps];
  const negatives = fps[fps.length - 1];
  const positiveCount = tps[tps.length - 1];
  if (negatives === 0) process.emitWarning('No negative samples in yTrue: the false positive rate is NaN.', 'UndefinedMetricWarning');
  if (positiveCount === 0) process.emitWarning('No positive samples in yTrue: the true positive rate is NaN.', 'UndefinedMetricWarning');
  return {
    fpr: fps.map((f) => (negatives > 0 ? f / negatives : NaN)),
    tpr: tps.map((t) => (positiveCount > 0 ? t / positiveCount : NaN)),
    thresholds: [Infinity, ...thresholds],
  };
}

/** Area under a curve by the trapezoidal rule; x must be monotonic. */
export function auc(x: readonly number[], y: readonly number[]): number {
  checkSameLength(x, y, ['x', 'y']);
  let area = 0;
  for (let i = 1; i < x.length; i++) area += ((x[i] - x[i - 1]) * (y[i] + y[i - 1])) / 2;
  return Math.abs(area);
}

/**
 * Area under the ROC curve. With no posLabel, the greater of the two classes is positive
 * (sklearn's roc_auc_score), so ['neg', 'pos'] and [0, 1] both work.
 */
export function rocAuc(yTrue: readonly (Label | boolean)[], scores: readonly number[], options: BinaryCurveOptions = {}): number {
  checkOptions('tl.metrics.rocAuc(yTrue, scores, options)', 'options', options, CURVE_SPEC);
  const y = yTrue.map((v) => (typeof v === 'boolean' ? Number(v) : v));
  const classes = uniqueLabels(y);
  if (classes.length !== 2) {
    throw new RangeError(
      `Only one class (${JSON.stringify(classes[0])}) present in yTrue: ROC AUC is not defined in that case; ` +
        'evaluate on data with both classes.',
    );
  }
  const { fpr, tpr } = rocCurve(y, scores, { posLabel: options.posLabel ?? classes[1] });
  return auc(fpr, tpr);
}

export function precisionRecallCurve(
  yTrue: readonly (Label | boolean)[],
  scores: readonly number[],
  options: BinaryCurveOptions = {},
): PrecisionRecallCurve {
  checkOptions('tl.metrics.precisionRecallCurve(yTrue, scores, options)', 'options', options, CURVE_SPEC);
  const { fps, tps, thresholds } = binaryClfCurve(positives(yTrue, scores, options.posLabel), scores);
  const total = tps[tps.length - 1];
  if (total === 0) {
    process.emitWarning('No positive class found in yTrue: recall is set to one for all thresholds.', 'UndefinedMetricWarning');
  }
  const precision = tps.map((t, i) => (t + fps[i] === 0 ? 0 : t / (t + fps[i])));
  const recall = tps.map((t) => (total === 0 ? 1 : t / total));
  return {
    precision: [...precision.reverse(), 1],
    recall: [...recall.reverse(), 0],
    thresholds: [...thresholds].reverse(),
  };
}

/** Average precision: the step-function integral of the precision-recall curve (no interpolation). */
export function averagePrecision(
  yTrue: readonly (Label | boolean)[],
  scores: readonly number[],
  options: BinaryCurveOptions = {},
): number {
  checkOptions('tl.metrics.averagePrecision(yTrue, scores, options)', 'options', options, CURVE_SPEC);
  const { precision, recall } = precisionRecallCurve(yTrue, scores, options);
  let sum = 0;
  for (let i = 0; i < recall.length - 1; i++) sum -= (recall[i + 1] - recall[i]) * precision[i];
  return Math.max(0, sum);
}
