// ROC / precision-recall against scikit-learn's documented examples and hand-worked ties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metrics } from '../../src/metrics';

const approx = (actual: number[], expected: number[]) => {
  assert.equal(actual.length, expected.length, `${actual} vs ${expected}`);
  actual.forEach((a, i) => assert.ok(Math.abs(a - expected[i]) < 1e-9 || a === expected[i], `${actual} vs ${expected}`));
};

test('roc_curve docs example with posLabel 2', () => {
  const r = metrics.rocCurve([1, 1, 2, 2], [0.1, 0.4, 0.35, 0.8], { posLabel: 2 });
  approx(r.fpr, [0, 0, 0.5, 0.5, 1]);
  approx(r.tpr, [0, 0.5, 0.5, 1, 1]);
  approx(r.thresholds, [Infinity, 0.8, 0.4, 0.35, 0.1]);
});

test('roc_auc_score docs example, string labels, and collinear points dropped', () => {
  assert.equal(metrics.rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), 0.75);
  // The greater class is positive, as in sklearn: 'pos' > 'neg'.
  assert.equal(metrics.rocAuc(['neg', 'neg', 'pos', 'pos'], [0.1, 0.4, 0.35, 0.8]), 0.75);
  // Perfect ranking: thresholds give (0,.5) (0,1) (.5,1) (1,1); (.5,1) lies between its neighbours and
  // is dropped; the (0,0) start is added after dropping, as in sklearn.
  const r = metrics.rocCurve([1, 1, 0, 0], [0.9, 0.8, 0.2, 0.1]);
  approx(r.fpr, [0, 0, 0, 1]);
  approx(r.tpr, [0, 0.5, 1, 1]);
  approx(r.thresholds, [Infinity, 0.9, 0.8, 0.1]);
  assert.equal(metrics.rocCurve([1, 1, 0, 0], [0.9, 0.8, 0.2, 0.1], { dropIntermediate: false }).fpr.length, 5);
  assert.equal(metrics.rocAuc([1, 1, 0, 0], [0.9, 0.8, 0.2, 0.1]), 1);
});

test('ties in ROC: tied scores form one threshold and count half (Mann-Whitney)', () => {
  // Scores 0.9 (pos) then three tied 0.5 (1 pos, 2 neg): points (0,0) (0,.5) (1,1).
  // Pairs: 0.9 beats both negatives (2), the tied positive ties both (2 x 0.5) -> 3/4.
  const r = metrics.rocCurve([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.9]);
  approx(r.fpr, [0, 0, 1]);
  approx(r.tpr, [0, 0.5, 1]);
  approx(r.thresholds, [Infinity, 0.9, 0.5]);
  assert.equal(metrics.rocAuc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.9]), 0.75);
  assert.equal(metrics.rocAuc([0, 1], [0.3, 0.3]), 0.5);
});

test('precision_recall_curve and average_precision_score docs example', () => {
  const r = metrics.precisionRecallCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
  approx(r.precision, [0.5, 2 / 3, 0.5, 1, 1]);
  approx(r.recall, [1, 1, 0.5, 0.5, 0]);
  approx(r.thresholds, [0.1, 0.35, 0.4, 0.8]);
  // AP = sum (R_n - R_{n-1}) P_n = 0.5·1 + 0.5·2/3.
  assert.ok(Math.abs(metrics.averagePrecision([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) - 5 / 6) < 1e-12);
  // Tied scores: one threshold holding 1 pos + 1 neg -> precision 1/2 at recall 1.
  approx(metrics.precisionRecallCurve([true, false], [0.5, 0.5]).precision, [0.5, 1]);
});

test('binary curves reject one-class ROC AUC, unclear positives and bad scores', () => {
  assert.throws(() => metrics.rocAuc([1, 1, 1], [0.1, 0.2, 0.3]), /Only one class .* not defined/);
  assert.throws(() => metrics.rocCurve(['a', 'b'], [0.1, 0.2]), /posLabel/);
  assert.throws(() => metrics.rocCurve([0, 1, 2], [0.1, 0.2, 0.3]), /3 classes.*binary/);
  assert.throws(() => metrics.rocCurve([0, 1], [0.1, NaN]), /scores\[1\] is NaN/);
  assert.throws(() => metrics.rocCurve([0, 1], [0.1]), /yTrue has 2 entries but scores has 1/);
});
