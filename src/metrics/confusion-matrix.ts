// Confusion matrix as scikit-learn defines it: rows are true labels, columns predicted
// labels, both in `labels` order; examples whose labels are not listed are ignored.
import { checkSameLength, resolveLabels, type Label } from './labels';
import { checkOptions } from '../options';
import { CONFUSION_MATRIX_SPEC } from './option-specs';

export interface ConfusionMatrixOptions {
  /** Row/column order; default every label seen, sorted. */
  labels?: Label[];
  /** Divide by row sums ('true'), column sums ('pred') or the total ('all'); 0/0 becomes 0. */
  normalize?: 'true' | 'pred' | 'all';
}

export function confusionMatrix(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  options: ConfusionMatrixOptions = {},
): number[][] {
  checkOptions('tl.metrics.confusionMatrix(yTrue, yPred, options)', 'options', options, CONFUSION_MATRIX_SPEC);
  checkSameLength(yTrue, yPred, ['yTrue', 'yPred']);
  const labels = resolveLabels(yTrue, yPred, options.labels);
  const index = new Map(labels.map((l, i) => [l, i] as const));
  const counts = labels.map(() => labels.map(() => 0));
  for (let k = 0; k < yTrue.length; k++) {
    const t = index.get(yTrue[k]);
    const p = index.get(yPred[k]);
    if (t !== undefined && p !== undefined) counts[t][p]++;
  }
  return options.normalize === undefined ? counts : normalizeMatrix(counts, options.normalize);
}

export function normalizeMatrix(counts: number[][], normalize: 'true' | 'pred' | 'all'): number[][] {
  const n = counts.length;
  const rowSums = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const colSums = counts[0]?.map((_, j) => counts.reduce((a, row) => a + row[j], 0)) ?? [];
  const total = rowSums.reduce((a, b) => a + b, 0);
  const denominator = (i: number, j: number): number => {
    if (normalize === 'true') return rowSums[i];
    if (normalize === 'pred') return colSums[j];
    if (normalize === 'all') return total;
    throw new RangeError(`normalize must be 'true', 'pred' or 'all'; got ${String(normalize)}.`);
  };
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    out.push(counts[i].map((c, j) => {
      const d = denominator(i, j);
      return d === 0 ? 0 : c / d;
    }));
  }
  return out;
}
