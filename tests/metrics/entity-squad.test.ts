// Entity F1 with seqeval's default (conlleval) chunking, and SQuAD v1.1 EM/F1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metrics } from '../../src/metrics';

test('seqeval docs example: MISC boundary wrong, PER right -> 0.5', () => {
  const yTrue = [['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O'], ['B-PER', 'I-PER', 'O']];
  const yPred = [['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O'], ['B-PER', 'I-PER', 'O']];
  const r = metrics.entityF1(yTrue, yPred);
  assert.equal(r.precision, 0.5);
  assert.equal(r.recall, 0.5);
  assert.equal(r.f1, 0.5);
  assert.deepEqual(Object.keys(r.perType), ['MISC', 'PER']);
  assert.deepEqual(r.perType.MISC, { precision: 0, recall: 0, f1: 0, support: 1 });
  assert.deepEqual(r.perType.PER, { precision: 1, recall: 1, f1: 1, support: 1 });
});

test('conlleval chunking: IOB1 and IOB2 read alike; I- after O or another type starts a chunk', () => {
  const iob1 = metrics.getEntities([['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']]);
  const iob2 = metrics.getEntities([['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC']]);
  const expected = [
    { type: 'PER', start: 0, end: 1 },
    { type: 'LOC', start: 3, end: 3 },
    { type: 'LOC', start: 4, end: 4 },
  ];
  assert.deepEqual(iob1, expected);
  assert.deepEqual(iob2, expected);
  // A type change inside a chunk splits it; sentences never join (offsets count one 'O' between them).
  assert.deepEqual(metrics.getEntities([['B-PER', 'I-LOC']]), [{ type: 'PER', start: 0, end: 0 }, { type: 'LOC', start: 1, end: 1 }]);
  assert.deepEqual(metrics.getEntities([['B-PER'], ['I-PER']]), [{ type: 'PER', start: 0, end: 0 }, { type: 'PER', start: 2, end: 2 }]);
  // IOBES: S- is a one-token entity, E- closes one.
  assert.deepEqual(metrics.getEntities([['S-ORG', 'B-ORG', 'E-ORG']]), [{ type: 'ORG', start: 0, end: 0 }, { type: 'ORG', start: 1, end: 2 }]);
});

test('entity F1 with empty predictions, an extra type, and bad input', () => {
  const truth = [['B-PER', 'I-PER', 'O', 'B-LOC']];
  const none = metrics.entityF1(truth, [['O', 'O', 'O', 'O']]);
  assert.deepEqual([none.precision, none.recall, none.f1, none.support], [0, 0, 0, 2]);
  // Predicted ORG never in the truth: precision 1/2, recall 1/2, ORG support 0.
  const r = metrics.entityF1(truth, [['B-PER', 'I-PER', 'O', 'B-ORG']]);
  assert.equal(r.precision, 0.5);
  assert.equal(r.recall, 0.5);
  assert.deepEqual(r.perType.ORG, { precision: 0, recall: 0, f1: 0, support: 0 });
  assert.throws(() => metrics.entityF1(truth, []), /1 sentences but predTags has 0/);
  assert.throws(() => metrics.entityF1(truth, [['O']]), /sentence 0 has 4 true tags but 1 predicted/);
});

test('SQuAD normalization: lower case, punctuation, articles, whitespace', () => {
  assert.equal(metrics.normalizeAnswer('  The Eiffel-Tower, in   PARIS! '), 'eiffeltower in paris');
  assert.equal(metrics.normalizeAnswer('an apple and another thing'), 'apple and another thing');
  assert.equal(metrics.normalizeAnswer("l'été à la plage"), 'lété à la plage');
  assert.equal(metrics.normalizeAnswer('éa a'), 'éa'); // Python's \b is Unicode-aware: 'a' in 'éa' is no word
});

test('SQuAD EM and F1 in percent, best over references, empty predictions', () => {
  // Q1: 'the cat sat' vs 'a cat' -> tokens [cat, sat] vs [cat]: P 1/2, R 1, F1 2/3; EM 0.
  //     vs 'cat sat' -> exact after normalization: EM 1, F1 1 (the max wins).
  // Q2: '' vs 'Denver Broncos' -> EM 0, F1 0.
  // Q3: 'Broncos' vs 'Denver Broncos' -> P 1, R 1/2, F1 2/3.
  const r = metrics.squad(['the cat sat', '', 'Broncos'], [['a cat', 'cat sat'], ['Denver Broncos'], ['Denver Broncos']]);
  assert.ok(Math.abs(r.exactMatch - 100 / 3) < 1e-9);
  assert.ok(Math.abs(r.f1 - (100 * (1 + 0 + 2 / 3)) / 3) < 1e-9);
  // v1.1: an empty answer against an answer that normalizes to nothing matches exactly but has F1 0.
  assert.deepEqual(metrics.squad([''], [['The']]), { exactMatch: 100, f1: 0 });
  // Repeated tokens count as often as they appear in both.
  assert.ok(Math.abs(metrics.squad(['cat cat cat'], [['cat cat']]).f1 - 80) < 1e-9);
  assert.throws(() => metrics.squad(['x'], []), /1 answers but references has 0/);
  assert.throws(() => metrics.squad(['x'], [[]]), /references\[0\] must be a non-empty array/);
});
