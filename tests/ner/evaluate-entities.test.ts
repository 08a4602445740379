import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { evaluate } from '../../src/evaluate';
import { ruleNerTagger, type EntityTagger, EntityEvaluationReport } from '../../src/ner';
import { loadGoldNer } from '../../src/data/gold';
import { tokenClassificationRecords } from '../../src/data/token-classification';
import { tokenClassifier } from '../../src/models/heads';
import { loadUseLite } from '../../src/models/use-lite';
import { entityF1 } from '../../src/metrics/entity-f1';
import { JUPYTER_DISPLAY, setDisplaySink } from '../../src/display';
import type { EntitySpan } from '../../src/models/types';

// Three sentences, joined with single spaces by evaluate (no text/offsets given):
//   "Ann Lee visited Paris ."  gold PER "Ann Lee", LOC "Paris"
//   "IBM paid $ 5 ."           gold ORG "IBM", MONEY "$ 5"
//   "Rome"                     gold LOC "Rome"
const SENTENCES = [
  { tokens: ['Ann', 'Lee', 'visited', 'Paris', '.'], tags: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] },
  { tokens: ['IBM', 'paid', '$', '5', '.'], tags: ['B-ORG', 'O', 'B-MONEY', 'I-MONEY', 'O'] },
  { tokens: ['Rome'], tags: ['B-LOC'] },
];
const span = (text: string, type: string, piece: string, from = 0): EntitySpan => {
  const start = text.indexOf(piece, from);
  return { type, text: piece, start, end: start + piece.length, score: 1 };
};
/** A tagger that answers fixed entities per text: the predictions under test. */
function fixedTagger(answers: Record<string, EntitySpan[]>): EntityTagger {
  return {
    config: { task: 'token-classification' },
    predict: async (texts) => texts.map((t) => ({ entities: answers[t] ?? [] })),
  };
}
const S0 = 'Ann Lee visited Paris .';
const S1 = 'IBM paid $ 5 .';
// Right: "Ann Lee". Wrong type: Paris as ORG, IBM as LOC. Spurious: "paid". Boundary: "5" for "$ 5". Missed: Rome.
const ANSWERS = {
  [S0]: [span(S0, 'PER', 'Ann Lee'), span(S0, 'ORG', 'Paris')],
  [S1]: [span(S1, 'LOC', 'IBM'), span(S1, 'PER', 'paid'), span(S1, 'MONEY', '5')],
};

const near = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} vs ${b}`);

test('evaluate on token-classification records: seqeval per type, micro, macro and word accuracy, worked by hand', async () => {
  const report = await evaluate(fixedTagger(ANSWERS), SENTENCES);
  assert.ok(report instanceof EntityEvaluationReport);
  assert.deepEqual(report.types, ['LOC', 'MONEY', 'ORG', 'PER']);
  // PER: 1 of 2 predicted right, 1 of 1 found. LOC, ORG, MONEY: none right.
  near(report.perType.PER.precision, 0.5);
  near(report.perType.PER.recall, 1);
  near(report.perType.PER.f1, 2 / 3);
  assert.deepEqual([report.perType.LOC, report.perType.ORG, report.perType.MONEY].map((s) => [s.f1, s.support]), [[0, 2], [0, 1], [0, 1]]);
  // micro: 1 right of 5 predicted and 5 true.
  near(report.micro.precision, 0.2);
  near(report.micro.recall, 0.2);
  near(report.micro.f1, 0.2);
  assert.equal(report.micro.support, 5);
  // macro: unweighted means over the four types.
  near(report.macro.precision, 0.5 / 4);
  near(report.macro.recall, 1 / 4);
  near(report.macro.f1, 2 / 3 / 4);
  // Word tags: 4 of 5, 1 of 5 (the final "."), 0 of 1.
  near(report.tokenAccuracy, 5 / 11);
  assert.deepEqual(report.sentences[1].predictedTags, ['B-LOC', 'B-PER', 'O', 'B-MONEY', 'O']);

  const kinds = report.errors().map((e) => [e.index, e.kind, e.gold?.text ?? null, e.predicted?.text ?? null]);
  assert.deepEqual(kinds, [
    [0, 'wrong-type', 'Paris', 'Paris'],
    [1, 'wrong-type', 'IBM', 'IBM'],
    [1, 'spurious', null, 'paid'],
    [1, 'boundary', '$ 5', '5'],
    [2, 'missed', 'Rome', null],
  ]);
  assert.equal(report.errors('missed').length, 1);
  assert.deepEqual(report.toJSON().micro, report.micro);
});

test('records from tokenClassificationRecords (IOB1 in) and original texts with offsets score alike', async () => {
  const iob1Tags = [['I-PER', 'I-PER', 'O', 'I-LOC', 'O'], ['I-ORG', 'O', 'I-MONEY', 'I-MONEY', 'O'], ['I-LOC']];
  const iob1 = tokenClassificationRecords(SENTENCES.map((s, i) => ({ tokens: s.tokens, tags: iob1Tags[i] })), { scheme: 'IOB1' });
  const fromRecords = await evaluate(fixedTagger(ANSWERS), iob1);
  assert.equal(fromRecords.micro.f1, (await evaluate(fixedTagger(ANSWERS), SENTENCES)).micro.f1);
  // The same first sentence with its original spacing: offsets place the words.
  const text = 'Ann  Lee visited Paris.';
  const withText = [{ ...SENTENCES[0], text, offsets: [[0, 3], [5, 8], [9, 16], [17, 22], [22, 23]] as Array<[number, number]> }];
  const report = await evaluate(fixedTagger({ [text]: [span(text, 'PER', 'Ann  Lee'), span(text, 'LOC', 'Paris')] }), withText);
  assert.equal(report.micro.f1, 1);
  assert.deepEqual(report.sentences[0].gold.map((e) => e.text), ['Ann  Lee', 'Paris']);
});

test("a model's tokens with offsets: each word takes its first sub-token's tag, as Hugging Face's guide scores", async () => {
  const tok = (label: string, start: number, end: number) => ({ token: '', label, score: 1, scores: [], start, end });
  // "Ann Lee visited Paris ." with "Ann" in two pieces whose second is tagged O (ignored), and a special token without offsets.
  const tokens = [{ token: '<s>', label: 'O', score: 1, scores: [] }, tok('B-PER', 0, 2), tok('O', 2, 3), tok('I-PER', 4, 7), tok('O', 8, 15), tok('B-LOC', 16, 21), tok('O', 22, 23)];
  const model: EntityTagger = { config: { task: 'token-classification' }, predict: async (texts) => texts.map(() => ({ entities: [], tokens })) };
  const report = await evaluate(model, [SENTENCES[0]]);
  assert.deepEqual(report.sentences[0].predictedTags, ['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
  assert.equal(report.micro.f1, 1);
  // With an explicit aggregation the entities are scored instead (here none).
  assert.equal((await evaluate(model, [SENTENCES[0]], { aggregation: 'simple' })).micro.recall, 0);
});

test('bad NER evaluation data says what to pass', async () => {
  const tagger = fixedTagger({});
  await assert.rejects(evaluate(tagger, [{ tokens: ['a', 'b'], tags: ['O'] }]), /record 0 needs arrays 'tokens' and 'tags' of one length/);
  await assert.rejects(evaluate(tagger, [{ tokens: ['a'], tags: [3 as never] }]), /tagNames/);
  await assert.rejects(evaluate(tagger, { texts: ['a'], labels: ['O'] } as never), /token-classification records/);
  await assert.rejects(evaluate(tagger, SENTENCES, { aggregation: 'longest' as never }), /aggregation/);
});

test('the rule baseline on the gold test split through the same path; the report displays with per-type F1 bars and errors', async () => {
  const records = loadGoldNer({ split: 'test' });
  const report = await evaluate(ruleNerTagger(), records);
  assert.equal(report.sentences.length, records.length);
  // The report's micro scores are seqeval's on its word tags.
  const direct = entityF1(report.sentences.map((s) => s.goldTags), report.sentences.map((s) => s.predictedTags));
  assert.equal(report.micro.f1, direct.f1);
  assert.ok(report.micro.f1 > 0.3 && report.micro.f1 < 1, `rule tagger micro F1 ${report.micro.f1}`);
  report.sentences.forEach((s, i) => {
    assert.deepEqual(s.gold.map((e) => [e.type, e.start, e.end]), records[i].entities.map((e) => [e.type, e.start, e.end]));
  });
  assert.match(String(report), /micro avg/, 'the report prints as a seqeval-style table');

  setDisplaySink({ sessionId: `ner-evaluate-${Date.now()}`, display: () => {}, clearOutput: () => {} });
  try {
    const bundle = report[JUPYTER_DISPLAY]();
    const html = String(bundle['text/html']);
    assert.match(html, /micro avg/);
    assert.match(html, /Entity F1 per type/);
    assert.match(html, /class="transferlab-entity-errors"/);
    assert.match(String(bundle['text/plain']), /macro avg/);
  } finally {
    setDisplaySink(undefined);
  }
});

test('a USE-lite token classifier evaluates without leaking tensors; tagging all O finds nothing', async () => {
  const base = await loadUseLite();
  const tagger = tokenClassifier(base, { labels: ['O', 'B-LOC', 'I-LOC'], seed: 1 });
  const head = (tagger.model.getLayer('head') as tf.LayersModel).getLayer('head_output');
  const [kernel] = head.getWeights();
  const values = [tf.zerosLike(kernel), tf.tensor1d([20, 0, 0])];
  head.setWeights(values);
  tf.dispose(values);
  const before = tf.memory().numTensors;
  const report = await evaluate(tagger, SENTENCES, { batchSize: 2 });
  assert.equal(tf.memory().numTensors, before);
  assert.equal(report.micro.recall, 0);
  assert.equal(report.errors('missed').length, 5);
  near(report.tokenAccuracy, 4 / 11);
  base.dispose();
});
