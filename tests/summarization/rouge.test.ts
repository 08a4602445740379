// ROUGE against rouge-score's own test cases (rouge_scorer_test.py, whose reference figures come from
// ROUGE-1.5.5), cases worked out by hand, and the Porter stemmer against NLTK's output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'fs';
import { join } from 'path';
import { metrics } from '../../src/metrics';
import { lcsIndices, lcsTable, summaryLevelLcs, unionLcs } from '../../src/metrics/rouge';

const here = join(__dirname, '..', '..', '..', 'tests', 'summarization');
const data = JSON.parse(readFileSync(join(here, 'rouge-score-testdata.json'), 'utf8')) as {
  targets: string[];
  predictions: string[];
  targetMulti: string;
  predictionMulti: string;
};

function close(actual: number, expected: number, places = 5): void {
  assert.ok(Math.abs(actual - expected) < 0.5 * 10 ** -places, `${actual} is not ${expected} to ${places} places`);
}

function prf(s: { precision: number; recall: number; fmeasure: number }, p: number, r: number, f: number, places = 5): void {
  close(s.precision, p, places);
  close(s.recall, r, places);
  close(s.fmeasure, f, places);
}

// rouge-score's score(target, prediction) is our rougePair(prediction, reference).
test('rouge-score testRouge1 / testRouge2 / testRougeL(Non)Consecutive / testMultipleRougeTypes', () => {
  prf(metrics.rougePair('testing', 'testing one two', { types: ['rouge1'] }).rouge1, 1, 1 / 3, 1 / 2);
  prf(metrics.rougePair('testing one', 'testing one two', { types: ['rouge2'] }).rouge2, 1, 1 / 2, 2 / 3);
  prf(metrics.rougePair('testing one', 'testing one two', { types: ['rougeL'] }).rougeL, 1, 2 / 3, 4 / 5);
  prf(metrics.rougePair('testing two', 'testing one two', { types: ['rougeL'] }).rougeL, 1, 2 / 3, 4 / 5);
  const both = metrics.rougePair('testing one', 'testing one two', { types: ['rouge1', 'rougeL'] });
  assert.deepEqual(Object.keys(both), ['rouge1', 'rougeL']);
  prf(both.rouge1, 1, 2 / 3, 4 / 5);
});

test('rouge-score testRougeEmpty: an empty prediction scores 0 for every type', () => {
  for (const s of Object.values(metrics.rougePair('', 'testing one two'))) prf(s, 0, 0, 0);
});

test('rouge-score: rouge1, rouge2, rougeL against ROUGE-1.5.5 on testdata lines 1-2, with and without stemming', () => {
  const [t0, t1] = data.targets;
  const [p0, p1] = data.predictions;
  prf(metrics.rougePair(p0, t0).rouge1, 0.6875, 0.40741, 0.51163);
  prf(metrics.rougePair(p1, t1).rouge1, 0.65385, 0.40476, 0.5);
  prf(metrics.rougePair(p0, t0, { stemmer: true }).rouge1, 0.6875, 0.40741, 0.51163);
  prf(metrics.rougePair(p1, t1, { stemmer: true }).rouge1, 0.69231, 0.42857, 0.52941);
  for (const stemmer of [false, true]) {
    prf(metrics.rougePair(p0, t0, { stemmer }).rouge2, 0.53333, 0.30769, 0.39024);
    prf(metrics.rougePair(p1, t1, { stemmer }).rouge2, 0.48, 0.29268, 0.36364);
  }
  prf(metrics.rougePair(p0, t0).rougeL, 0.6875, 0.40741, 0.51163);
  prf(metrics.rougePair(p1, t1).rougeL, 0.65385, 0.40476, 0.5);
});

test('rouge-score testRougeLSumAgainstRouge155WithStemming: multi-sentence files', () => {
  prf(metrics.rougePair(data.predictionMulti, data.targetMulti, { types: ['rougeLsum'], stemmer: true }).rougeLsum, 0.66667, 0.36538, 0.47205);
});

test('rouge-score testRougeLsum: union LCS over newline-separated sentences, and its empty cases', () => {
  const s = metrics.rougePair('w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5', 'w1 w2 w3 w4 w5', { types: ['rougeLsum'] }).rougeLsum;
  prf(s, 0.4, 0.8, 0.5333, 3);
  prf(metrics.rougePair('', 'w1 w2 w3 w4 w5', { types: ['rougeLsum'] }).rougeLsum, 0, 0, 0);
  prf(metrics.rougePair('w1', '', { types: ['rougeLsum'] }).rougeLsum, 0, 0, 0);
  prf(metrics.rougePair('/', 'w1 w2 w3 w4 w5', { types: ['rougeLsum'] }).rougeLsum, 0, 0, 0);
});

test('rouge-score testLcsTable, testUnionLcs, testSummaryLevelLcs', () => {
  const ref = ['1', '2', '3', '4', '5'];
  const c1 = ['2', '5', '3', '4'];
  assert.equal(lcsTable(ref, c1)[5][4], 3);
  assert.deepEqual(lcsIndices(ref, c1), [1, 2, 3]);
  assert.deepEqual(lcsIndices(ref, ['8', '9']), []);
  const a = ['1', '2', '6', '7', '8'];
  const b = ['1', '3', '8', '9', '5'];
  assert.deepEqual(unionLcs(ref, [a, b]), ['1', '2', '3', '5']);
  const s = summaryLevelLcs([ref], [a, b]);
  assert.equal(s.recall, 0.8);
  assert.equal(s.precision, 0.4);
  close(s.fmeasure, 0.5333, 3);
  assert.equal(summaryLevelLcs([['reference']], [[]]).recall, 0);
});

test('by hand: clipped n-gram counts, tokenizer, stemming only past 3 characters', () => {
  // reference "the cat the cat" has unigrams the x2, cat x2; prediction "the the the" matches 'the' twice.
  prf(metrics.rougePair('the the the', 'the cat the cat', { types: ['rouge1'] }).rouge1, 2 / 3, 2 / 4, (2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
  assert.deepEqual(metrics.rougeTokens("Don't STOP--it's 3.5 km!"), ['don', 't', 'stop', 'it', 's', '3', '5', 'km']);
  assert.deepEqual(metrics.rougeTokens('Cats ran running flies ties', true), ['cat', 'ran', 'run', 'fli', 'tie']);
  assert.deepEqual(metrics.rougeTokens('Café naïve', false), ['caf', 'na', 've']);
  // Stemming makes 'running' and 'runs' one token: rouge1 1/1 with the stemmer, 0 without.
  assert.equal(metrics.rougePair('running', 'runs', { types: ['rouge1'], stemmer: true }).rouge1.fmeasure, 1);
  assert.equal(metrics.rougePair('running', 'runs', { types: ['rouge1'] }).rouge1.fmeasure, 0);
});

test('corpus figure: mean P/R/F over pairs; several references take the best F per type', () => {
  const r = metrics.rouge(['testing', 'a b c'], ['testing one two', 'a b c'], { types: ['rouge1'] });
  prf(r.rouge1, (1 + 1) / 2, (1 / 3 + 1) / 2, (1 / 2 + 1) / 2);
  const multi = metrics.rougeReport(['a b'], [['x y', 'a b z']], { types: ['rouge1', 'rouge2'] });
  prf(multi.perExample[0].rouge1, 1, 2 / 3, 0.8);
  prf(multi.perExample[0].rouge2, 1, 1 / 2, 2 / 3);
  assert.deepEqual(Object.keys(metrics.rouge(['a'], ['a'])), ['rouge1', 'rouge2', 'rougeL', 'rougeLsum']);
});

test('bad calls name the argument and what is accepted', () => {
  assert.throws(() => metrics.rouge(['a'], ['a'], { types: ['rougen'] }), /ROUGE type 'rougen'.*rouge1 \.\.\. rouge9, rougeL, rougeLsum/);
  assert.throws(() => metrics.rouge(['a'], ['a'], { types: ['rouge0'] }), /rouge0/);
  assert.throws(() => metrics.rouge(['a'], ['a'], { stemer: true } as never), /options\.stemer is not an option\. Did you mean 'stemmer'\?/);
  assert.throws(() => metrics.rouge(['a', 'b'], ['a']), /references must be an array as long as predictions \(2\), got 1/);
  assert.throws(() => metrics.rouge(['a'], [[]]), /references\[0\] must be a string or a non-empty array/);
});

test("Porter stemmer equals NLTK 3.8's PorterStemmer() on 3,167 words", () => {
  const lines = readFileSync(join(here, 'porter-nltk.tsv'), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  assert.ok(lines.length > 3000);
  const wrong = lines.map((l) => l.split('\t')).filter(([w, s]) => metrics.porterStem(w) !== s);
  assert.deepEqual(wrong, []);
  // Porter 1980's own examples, and NLTK's departures from them.
  assert.equal(metrics.porterStem('relational'), 'relat');
  assert.equal(metrics.porterStem('generalizations'), 'gener');
  assert.equal(metrics.porterStem('dying'), 'die');
  assert.equal(metrics.porterStem('enjoy'), 'enjoy');
});
