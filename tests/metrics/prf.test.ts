// Expected values are scikit-learn's documented examples, re-derived by hand in the comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metrics } from '../../src/metrics';

const close = (actual: number, expected: number, message?: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${message ?? ''} expected ${expected}, got ${actual}`);

function collectWarnings(): { messages: string[]; stop: () => Promise<void> } {
  const messages: string[] = [];
  const listener = (w: Error) => {
    if (w.name === 'UndefinedMetricWarning') messages.push(w.message);
  };
  process.on('warning', listener);
  return {
    messages,
    stop: async () => {
      await new Promise((r) => setImmediate(r)); // emitWarning delivers on the next tick
      process.off('warning', listener);
    },
  };
}

test('precision_recall_fscore_support docs example: cat/dog/pig', () => {
  const yTrue = ['cat', 'dog', 'pig', 'cat', 'dog', 'pig'];
  const yPred = ['cat', 'pig', 'dog', 'cat', 'cat', 'dog'];
  // cat: tp 2, predicted 3, true 2 -> P 2/3, R 1, F1 2·2/(2+3) = 0.8; dog and pig: no tp -> 0.
  const r = metrics.precisionRecallF1(yTrue, yPred);
  assert.deepEqual(r.labels, ['cat', 'dog', 'pig']);
  close(r.perClass.cat.precision, 2 / 3);
  close(r.perClass.cat.f1, 0.8);
  close(r.macro.precision, 2 / 9);
  close(r.macro.recall, 1 / 3);
  close(r.macro.f1, 0.8 / 3);
  close(r.micro.precision, 1 / 3);
  close(r.micro.f1, 1 / 3);
  close(r.weighted.precision, 2 / 9); // equal supports: same as macro
  assert.equal(r.weighted.support, 6);
});

test('precision_score docs example: averages and a class never predicted', () => {
  const yTrue = [0, 1, 2, 0, 1, 2];
  const yPred = [0, 2, 1, 0, 0, 1];
  close(metrics.precision(yTrue, yPred, { average: 'macro' }), 2 / 9);
  close(metrics.precision(yTrue, yPred, { average: 'micro' }), 1 / 3);
  close(metrics.precision(yTrue, yPred, { average: 'weighted' }), 2 / 9);
  close(metrics.f1(yTrue, yPred, { average: 'macro' }), 0.8 / 3);
  const allZero = [0, 0, 0, 0, 0, 0];
  // Classes 1 and 2 are never predicted: precision 0/0 is the zeroDivision value; recall is 0/2.
  const per = (z: 0 | 1 | number) => metrics.precisionRecallF1(yTrue, allZero, { zeroDivision: z }).perClass;
  assert.deepEqual([0, 1, 2].map((c) => per(0)[c].precision), [1 / 3, 0, 0]);
  assert.deepEqual([0, 1, 2].map((c) => per(1)[c].precision), [1 / 3, 1, 1]);
  assert.ok(Number.isNaN(per(NaN)[1].precision));
  assert.equal(per(1)[1].recall, 0);
  // F1 = 2tp/(true+pred) = 0/2 is defined, so zeroDivision does not touch it (sklearn >= 1.3).
  assert.equal(per(1)[1].f1, 0);
  // NaN entries are left out of the macro average: precision = mean([1/3]).
  close(metrics.precision(yTrue, allZero, { average: 'macro', zeroDivision: NaN }), 1 / 3);
});

test("zeroDivision 'warn' gives 0 and an UndefinedMetricWarning; 0 stays silent", async () => {
  const w = collectWarnings();
  const p = metrics.precision([0, 1, 2], [0, 0, 0], { average: 'macro' });
  await w.stop();
  close(p, 1 / 9);
  assert.equal(w.messages.length, 1);
  assert.match(w.messages[0], /Precision is ill-defined.*no predicted samples.*zeroDivision/);
  const quiet = collectWarnings();
  metrics.precision([0, 1, 2], [0, 0, 0], { average: 'macro', zeroDivision: 0 });
  await quiet.stop();
  assert.equal(quiet.messages.length, 0);
});

test('f1_score docs example: binary task with no positives at all', () => {
  const empty = [0, 0, 0, 0, 0, 0];
  assert.equal(metrics.f1(empty, empty, { zeroDivision: 0 }), 0);
  assert.equal(metrics.f1(empty, empty, { zeroDivision: 1 }), 1);
  assert.ok(Number.isNaN(metrics.f1(empty, empty, { zeroDivision: NaN })));
});

test('weighted average with no true samples among the labels is the plain mean (sklearn >= 1.3)', () => {
  // label 0: predicted once, never true -> P 0, R 0/0 = 1, F1 0/(0+1) = 0; label 2: all 0/0 = 1.
  const r = metrics.precisionRecallF1([1, 1, 1], [1, 1, 0], { labels: [0, 2], zeroDivision: 1 });
  assert.deepEqual(r.weighted, { precision: 0.5, recall: 1, f1: 0.5, support: 0 });
});

test('binary average uses posLabel and rejects multiclass data or a missing posLabel', () => {
  // pos: tp 1, predicted 2, true 2.
  close(metrics.precision(['n', 'p', 'p', 'n'], ['p', 'p', 'n', 'n'], { posLabel: 'p' }), 0.5);
  assert.throws(() => metrics.precision([0, 1, 2], [0, 1, 2]), /multiclass.*'micro', 'macro' or 'weighted'/);
  assert.throws(() => metrics.precision(['a', 'b'], ['a', 'b']), /posLabel 1 is not a valid label.*\["a","b"\]/);
});

test('accuracy, and clear errors for bad input', () => {
  assert.equal(metrics.accuracy([0, 1, 2, 3], [0, 2, 1, 3]), 0.5);
  assert.throws(() => metrics.accuracy([0, 1], [0]), /yTrue has 2 entries but yPred has 1/);
  assert.throws(() => metrics.accuracy([], []), /empty/);
  assert.throws(() => metrics.accuracy([0, 'a'], [0, 'a']), /Mix of label types/);
  assert.throws(() => metrics.precision([0, 1], [0, 1], { zeroDivision: 2 }), /zeroDivision must be/);
});
