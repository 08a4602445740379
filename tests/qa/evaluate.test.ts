// SQuAD v2 scoring as the official evaluate-v2.0.py computes it, worked by hand, and
// tl.evaluate on question answerers: the word-overlap baseline on the gold QA test split.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { evaluate } from '../../src/evaluate';
import { datasets } from '../../src/data';
import { wordOverlapAnswerer } from '../../src/baselines/word-overlap-qa';
import { JUPYTER_DISPLAY } from '../../src/display';
import { compareQaReports, scoreQuestion, squadV2Totals } from '../../src/tasks/qa';
import { questionAnswerer } from '../../src/models/qa';
import { records, tinyBase } from './helpers';

before(async () => {
  await tf.setBackend('cpu');
});

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('per question: best gold answer; an unanswerable question is right only with ""', () => {
  assert.deepEqual(scoreQuestion('Denver Broncos', ['Denver Broncos', 'Broncos']), { exactMatch: 1, f1: 1, hasAnswer: true });
  // "the Broncos" -> [broncos] vs [denver, broncos]: P 1, R 1/2, F1 2/3; vs "Broncos" it is exact.
  assert.deepEqual(scoreQuestion('the Broncos', ['Denver Broncos']).f1, 2 / 3);
  assert.deepEqual(scoreQuestion('the Broncos', ['Denver Broncos', 'Broncos']), { exactMatch: 1, f1: 1, hasAnswer: true });
  assert.deepEqual(scoreQuestion('', []), { exactMatch: 1, f1: 1, hasAnswer: false });
  assert.deepEqual(scoreQuestion('Denver', []), { exactMatch: 0, f1: 0, hasAnswer: false });
  assert.deepEqual(scoreQuestion('', ['Denver']), { exactMatch: 0, f1: 0, hasAnswer: true });
  // A gold answer that normalizes to nothing ("the") counts as no answer, as in the script.
  assert.deepEqual(scoreQuestion('', ['the']), { exactMatch: 1, f1: 1, hasAnswer: false });
});

test('totals: all, HasAns_ and NoAns_ in percent', () => {
  const scores = [scoreQuestion('Denver Broncos', ['Denver Broncos']), scoreQuestion('the Broncos', ['Denver Broncos']), scoreQuestion('', []), scoreQuestion('x', [])];
  const t = squadV2Totals(scores);
  close(t.exactMatch, 50);
  close(t.f1, (100 * (1 + 2 / 3 + 1 + 0)) / 4);
  assert.equal(t.total, 4);
  close(t.hasAns!.exactMatch, 50);
  close(t.hasAns!.f1, (100 * (1 + 2 / 3)) / 2);
  close(t.noAns!.exactMatch, 50);
  assert.equal(t.noAns!.total, 2);
  assert.equal(squadV2Totals([scores[0]]).noAns, undefined, 'a v1 set has no NoAns_ figures');
});

test('tl.evaluate scores the word-overlap baseline on the gold QA test split', async () => {
  const testSet = datasets.goldQa({ split: 'test' });
  const report = await evaluate(wordOverlapAnswerer(), testSet);
  assert.equal(report.total, testSet.length);
  assert.equal(report.hasAns!.total + report.noAns!.total, testSet.length);
  close(report.exactMatch, (report.hasAns!.exactMatch * report.hasAns!.total + report.noAns!.exactMatch * report.noAns!.total) / report.total);
  report.examples.forEach((e) => assert.equal(e.context.slice(e.prediction.start, e.prediction.end), e.prediction.answer));
  assert.ok(report.exactMatch > 0 && report.exactMatch < 100);
  const json = report.toJSON();
  assert.deepEqual(Object.keys(json), ['exact', 'f1', 'total', 'HasAns_exact', 'HasAns_f1', 'HasAns_total', 'NoAns_exact', 'NoAns_f1', 'NoAns_total']);
  assert.match(String(report[JUPYTER_DISPLAY]()['text/html']), /<table>/);
  assert.ok(report.errors().every((e) => e.score.exactMatch === 0));
  const both = compareQaReports({ baseline: report, again: report });
  assert.equal(both.rows.length, 2);
  assert.match(both.toString(), /HasAns EM/);
});

test('tl.evaluate runs a question answerer over its windows; a v1 set gets no NoAns_', async () => {
  const qa = questionAnswerer(tinyBase(), { maxLength: 12, stride: 4, seed: 8 });
  const set = records(10, 21);
  const report = await evaluate(qa, set, { batchSize: 4 });
  assert.equal(report.total, 10);
  assert.equal(report.noAns, undefined);
  await assert.rejects(evaluate(qa, [] as never), /records is empty/);
  qa.model.dispose();
});
