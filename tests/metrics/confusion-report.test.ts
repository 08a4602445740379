// Confusion matrix and classification report against scikit-learn's documented examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metrics, ClassificationReport } from '../../src/metrics';
import { pyFixed } from '../../src/metrics/format';
import { JUPYTER_DISPLAY } from '../../src/display';

test('confusion_matrix docs examples, numbers and strings with explicit labels', () => {
  const expected = [[2, 0, 0], [0, 0, 1], [1, 0, 2]];
  assert.deepEqual(metrics.confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2]), expected);
  const yTrue = ['cat', 'ant', 'cat', 'cat', 'ant', 'bird'];
  const yPred = ['ant', 'ant', 'cat', 'cat', 'ant', 'cat'];
  assert.deepEqual(metrics.confusionMatrix(yTrue, yPred, { labels: ['ant', 'bird', 'cat'] }), expected);
  // A subset of labels: examples with other labels are left out.
  assert.deepEqual(metrics.confusionMatrix(yTrue, yPred, { labels: ['cat', 'ant'] }), [[2, 1], [0, 2]]);
});

test('confusion matrix normalization by row, column and total; empty rows become 0', () => {
  const yTrue = [2, 0, 2, 2, 0, 1];
  const yPred = [0, 0, 2, 2, 0, 2];
  assert.deepEqual(metrics.confusionMatrix(yTrue, yPred, { normalize: 'true' }), [[1, 0, 0], [0, 0, 1], [1 / 3, 0, 2 / 3]]);
  // Column 1 (label 1 never predicted) sums to 0: 0/0 -> 0 as sklearn's nan_to_num.
  assert.deepEqual(metrics.confusionMatrix(yTrue, yPred, { normalize: 'pred' }), [[2 / 3, 0, 0], [0, 0, 1 / 3], [1 / 3, 0, 2 / 3]]);
  assert.deepEqual(metrics.confusionMatrix(yTrue, yPred, { normalize: 'all' })[0], [2 / 6, 0, 0]);
});

test("classification_report docs example 1: exact text layout with target names", () => {
  const r = metrics.classificationReport([0, 1, 2, 2, 2], [0, 0, 2, 2, 1], { targetNames: ['class 0', 'class 1', 'class 2'] });
  const expected = [
    '              precision    recall  f1-score   support',
    '',
    '     class 0       0.50      1.00      0.67         1',
    '     class 1       0.00      0.00      0.00         1',
    '     class 2       1.00      0.67      0.80         3',
    '',
    '    accuracy                           0.60         5',
    '   macro avg       0.50      0.56      0.49         5',
    'weighted avg       0.70      0.60      0.61         5',
    '',
  ].join('\n');
  assert.equal(r.toString(), expected);
  assert.equal(r.accuracy, 0.6);
  assert.deepEqual(Object.keys(r.perClass), ['class 0', 'class 1', 'class 2']);
  assert.equal(r.perClass['class 2'].support, 3);
});

test('classification_report docs example 2: labels absent from the truth give a micro avg row', () => {
  const r = metrics.classificationReport([1, 1, 1], [1, 1, 0], { labels: [1, 2, 3] });
  const expected = [
    '              precision    recall  f1-score   support',
    '',
    '           1       1.00      0.67      0.80         3',
    '           2       0.00      0.00      0.00         0',
    '           3       0.00      0.00      0.00         0',
    '',
    '   micro avg       1.00      0.67      0.80         3',
    '   macro avg       0.33      0.22      0.27         3',
    'weighted avg       1.00      0.67      0.80         3',
    '',
  ].join('\n');
  assert.equal(r.toString(), expected);
  assert.equal(r.microIsAccuracy, false);
});

test('classification report digits, HTML table and JSON', () => {
  const r = new ClassificationReport(['a', 'b', 'a', '<b>'], ['a', 'b', 'b', '<b>'], { digits: 3, zeroDivision: 0 });
  assert.match(r.toString(), /^ {11}a {6}1\.000 {5}0\.500 {5}0\.667 {9}2$/m);
  const bundle = r[JUPYTER_DISPLAY]();
  const html = String(bundle['text/html']);
  assert.match(html, /<th>&lt;b&gt;<\/th>/, 'label names are escaped');
  assert.equal((html.match(/<tr>/g) ?? []).length, 1 + 3 + 3);
  assert.equal(bundle['text/plain'], r.toString());
  assert.deepEqual(Object.keys(r.toJSON()), ['accuracy', 'perClass', 'micro', 'macro', 'weighted']);
});

test("numbers are rounded half to even like Python's format, not like toFixed", () => {
  assert.equal(pyFixed(0.125, 2), '0.12');
  assert.equal(pyFixed(0.375, 2), '0.38');
  assert.equal(pyFixed(0.625, 2), '0.62');
  assert.equal(pyFixed(-0.125, 2), '-0.12');
  assert.equal(pyFixed(2.5, 0), '2');
  assert.equal(pyFixed(1 / 3, 2), '0.33');
  assert.equal(pyFixed(0.675, 2), '0.68'); // 0.675 is stored as 0.67500000000000004441: not a tie
  assert.equal(pyFixed(NaN, 2), 'nan');
});
