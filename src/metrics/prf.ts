// Precision, recall, F1 and support per class and averaged, with scikit-learn's
// definitions (precision_recall_fscore_support, sklearn >= 1.3):
// F1 = 2·tp / (true + predicted), so it is only undefined when a class is absent
// from both the truth and the predictions.
import { countPerLabel, resolveLabels, checkSameLength, type Label } from './labels';
import { divide, zeroDivisionValue, type ZeroDivision } from './zero-division';
import { checkOptions } from '../options';
import { AVERAGED_PRF_SPEC, PRF_SPEC } from './option-specs';

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  /** Number of true examples of the class (for averages: of all classes reported). */
  support: number;
}

export type Average = 'binary' | 'micro' | 'macro' | 'weighted';

export interface PRFOptions {
  /** Which labels to report on, in order; default: every label seen, sorted. */
  labels?: Label[];
  /** What a 0/0 ratio becomes; default 'warn' (0 with a warning). */
  zeroDivision?: ZeroDivision;
}

export interface AveragedPRFOptions extends PRFOptions {
  /** Default 'binary': the scores of posLabel, for two-class data. */
  average?: Average;
  /** The positive class when average is 'binary'; default 1. */
  posLabel?: Label;
}

export interface PerClassScores {
  labels: Label[];
  precision: number[];
  recall: number[];
  f1: number[];
  support: number[];
  predicted: number[];
  truePositives: number[];
}

export function perClassScores(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  options: PRFOptions = {},
): PerClassScores {
  checkSameLength(yTrue, yPred, ['yTrue', 'yPred']);
  const labels = resolveLabels(yTrue, yPred, options.labels);
  return scoresFromCounts(countPerLabel(yTrue, yPred, labels), options.zeroDivision ?? 'warn');
}

function scoresFromCounts(
  c: { labels: Label[]; tp: number[]; predSum: number[]; trueSum: number[] },
  zeroDivision: ZeroDivision,
): PerClassScores {
  const precision = divide(c.tp, c.predSum, zeroDivision, 'Precision', 'predicted');
  const recall = divide(c.tp, c.trueSum, zeroDivision, 'Recall', 'true');
  const f1 = divide(
    c.tp.map((t) => 2 * t),
    c.trueSum.map((t, i) => t + c.predSum[i]),
    zeroDivision,
    'F-score',
    'true nor predicted',
  );
  return { labels: c.labels, precision, recall, f1, support: c.trueSum, predicted: c.predSum, truePositives: c.tp };
}

/** Mean ignoring NaN (sklearn's _nanaverage); all-zero weights (no true samples at all) fall back to the plain mean. */
function nanAverage(values: number[], weights?: number[]): number {
  const keep = values.map((v) => !Number.isNaN(v));
  if (!keep.some(Boolean)) return NaN;
  const v = values.filter((_, i) => keep[i]);
  const w = weights?.filter((_, i) => keep[i]);
  const wSum = w?.reduce((a, b) => a + b, 0) ?? 0;
  if (!w || wSum === 0) return v.reduce((a, b) => a + b, 0) / v.length;
  return v.reduce((a, x, i) => a + x * w[i], 0) / wSum;
}

/** Averages per-class scores the way sklearn's `average` argument does. */
export function averageScores(
  s: PerClassScores,
  average: 'micro' | 'macro' | 'weighted',
  zeroDivision: ZeroDivision = 'warn',
): ClassScores {
  const support = s.support.reduce((a, b) => a + b, 0);
  if (average === 'micro') {
    const micro = scoresFromCounts(
      { labels: ['micro'], tp: [sum(s.truePositives)], predSum: [sum(s.predicted)], trueSum: [support] },
      zeroDivision,
    );
    return { precision: micro.precision[0], recall: micro.recall[0], f1: micro.f1[0], support };
  }
  const weights = average === 'weighted' ? s.support : undefined;
  return {
    precision: nanAverage(s.precision, weights),
    recall: nanAverage(s.recall, weights),
    f1: nanAverage(s.f1, weights),
    support,
  };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

function binaryOrAveraged(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  options: AveragedPRFOptions,
): ClassScores {
  const average = options.average ?? 'binary';
  const zeroDivision = options.zeroDivision ?? 'warn';
  zeroDivisionValue(zeroDivision); // rejects a bad value before any work
  if (average === 'binary') {
    checkSameLength(yTrue, yPred, ['yTrue', 'yPred']);
    const present = resolveLabels(yTrue, yPred);
    const posLabel = options.posLabel ?? 1;
    if (present.length > 2) {
      throw new RangeError(
        `Target is multiclass (${present.length} labels) but average is 'binary': ` +
          "choose average 'micro', 'macro' or 'weighted'.",
      );
    }
    if (present.length === 2 && !present.includes(posLabel)) {
      throw new RangeError(
        `posLabel ${JSON.stringify(posLabel)} is not a valid label; it should be one of ${JSON.stringify(present)}.`,
      );
    }
    const s = perClassScores(yTrue, yPred, { labels: [posLabel], zeroDivision });
    return { precision: s.precision[0], recall: s.recall[0], f1: s.f1[0], support: s.support[0] };
  }
  if (average !== 'micro' && average !== 'macro' && average !== 'weighted') {
    throw new RangeError(`average must be 'binary', 'micro', 'macro' or 'weighted'; got ${String(average)}.`);
  }
  return averageScores(perClassScores(yTrue, yPred, options), average, zeroDivision);
}

export function precision(yTrue: readonly Label[], yPred: readonly Label[], options: AveragedPRFOptions = {}): number {
  checkOptions('tl.metrics.precision(yTrue, yPred, options)', 'options', options, AVERAGED_PRF_SPEC);
  return binaryOrAveraged(yTrue, yPred, options).precision;
}

export function recall(yTrue: readonly Label[], yPred: readonly Label[], options: AveragedPRFOptions = {}): number {
  checkOptions('tl.metrics.recall(yTrue, yPred, options)', 'options', options, AVERAGED_PRF_SPEC);
  return binaryOrAveraged(yTrue, yPred, options).recall;
}

export function f1(yTrue: readonly Label[], yPred: readonly Label[], options: AveragedPRFOptions = {}): number {
  checkOptions('tl.metrics.f1(yTrue, yPred, options)', 'options', options, AVERAGED_PRF_SPEC);
  return binaryOrAveraged(yTrue, yPred, options).f1;
}

/** Per-class and averaged scores in one call. */
export function precisionRecallF1(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  options: PRFOptions = {},
): {
  perClass: Record<string, ClassScores>;
  labels: Label[];
  micro: ClassScores;
  macro: ClassScores;
  weighted: ClassScores;
} {
  checkOptions('tl.metrics.precisionRecallF1(yTrue, yPred, options)', 'options', options, PRF_SPEC);
  const s = perClassScores(yTrue, yPred, options);
  const z = options.zeroDivision ?? 'warn';
  const perClass: Record<string, ClassScores> = {};
  s.labels.forEach((l, i) => {
    perClass[String(l)] = { precision: s.precision[i], recall: s.recall[i], f1: s.f1[i], support: s.support[i] };
  });
  return {
    perClass,
    labels: s.labels,
    micro: averageScores(s, 'micro', z),
    macro: averageScores(s, 'macro', z),
    weighted: averageScores(s, 'weighted', z),
  };
}
