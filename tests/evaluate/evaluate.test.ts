// tl.evaluate on a tiny real TextModel: a functional LayersModel (embedding -> mean -> softmax)
// with hand-set weights, so every prediction is known in advance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as dfd from 'danfojs-node';
import { tf } from '../../src/tf';
import { evaluate, lastEvaluation, EvaluationReport } from '../../src/evaluate';
import { JUPYTER_DISPLAY, setDisplaySink } from '../../src/display';
import type { TextModel, Prediction } from '../../src/models/types';
import type { Tokenizer } from '../../src/tokenizers/types';

const VOCAB = ['<pad>', '<unk>', 'good', 'bad', 'film'];

const tokenizer: Tokenizer = {
  kind: 'word',
  vocabSize: VOCAB.length,
  padId: 0,
  encode: (text) => text.toLowerCase().split(/\s+/).filter(Boolean).map((w) => Math.max(1, VOCAB.indexOf(w))),
  tokenize: (text) => text.toLowerCase().split(/\s+/).filter(Boolean),
  toJSON: () => ({ kind: 'word', vocab: VOCAB }),
};

/** 'good' pushes towards pos, 'bad' towards neg, other words are neutral. */
function tinyModel(labels = ['neg', 'pos']): TextModel {
  const input = tf.input({ shape: [null], dtype: 'int32' });
  const embedding = tf.layers.embedding({ inputDim: VOCAB.length, outputDim: 2, name: 'encoder' });
  const pooled = tf.layers.globalAveragePooling1d().apply(embedding.apply(input)) as tf.SymbolicTensor;
  const head = tf.layers.dense({ units: 2, activation: 'softmax', name: 'head' });
  const model = tf.model({ inputs: input, outputs: head.apply(pooled) as tf.SymbolicTensor });
  embedding.setWeights([tf.tensor2d([[0, 0], [0, 0], [0, 4], [4, 0], [0, 0]])]);
  head.setWeights([tf.tensor2d([[1, 0], [0, 1]]), tf.tensor1d([0, 0])]);
  const maxLength = 8;
  const encode = (texts: string[]) =>
    tf.tensor2d(texts.map((t) => [...tokenizer.encode(t), ...new Array(maxLength).fill(0)].slice(0, maxLength)), [texts.length, maxLength], 'int32');
  return {
    model,
    tokenizer,
    labels,
    config: { task: 'sequence-classification', labels, maxLength, base: 'test' },
    encode,
    async predict(texts: string[]): Promise<Prediction[]> {
      const probs = tf.tidy(() => (model.predict(encode(texts)) as tf.Tensor).arraySync() as number[][]);
      return probs.map((scores) => {
        const best = scores.indexOf(Math.max(...scores));
        return { label: labels[best], score: scores[best], scores };
      });
    },
  };
}

const TEXTS = ['good film', 'good good', 'bad film', 'bad', 'good', 'bad bad film'];
// Predictions: pos, pos, neg, neg, pos, neg. Truth below: one pos review predicted neg, one neg predicted pos.
const LABELS = ['pos', 'pos', 'neg', 'pos', 'neg', 'neg'];

test('evaluate predicts in batches, leaks no tensors and reports the known figures', async () => {
  const clf = tinyModel();
  await clf.predict(['warm up']); // first predict builds kernels; not part of the measurement
  const before = tf.memory().numTensors;
  const report = await evaluate(clf, { texts: TEXTS, labels: LABELS }, { batchSize: 4 });
  assert.equal(tf.memory().numTensors, before, 'evaluate leaked tensors');
  assert.ok(report instanceof EvaluationReport);
  assert.equal(report.predictions.length, 6);
  assert.deepEqual(report.predictions.map((p) => p.predicted), ['pos', 'pos', 'neg', 'neg', 'pos', 'neg']);
  assert.equal(report.accuracy, 4 / 6);
  // rows true [neg, pos], columns predicted.
  assert.deepEqual(report.confusionMatrix, [[2, 1], [1, 2]]);
  assert.equal(report.perClass.pos.precision, 2 / 3);
  assert.equal(report.positiveLabel, 'pos');
  // pos scores: 'bad'(true pos) lowest, 'good'(true neg) high -> of the 9 pos/neg pairs, hand-count from scores.
  const posScores = report.predictions.map((p) => p.scores[1]);
  let wins = 0;
  for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) {
    if (LABELS[i] === 'pos' && LABELS[j] === 'neg') wins += posScores[i] > posScores[j] ? 1 : posScores[i] === posScores[j] ? 0.5 : 0;
  }
  assert.ok(Math.abs((report.rocAuc ?? NaN) - wins / 9) < 1e-12);
  assert.equal(report.errors().length, 2);
  assert.ok(report.errors()[0].score >= report.errors()[1].score, 'errors are sorted by confidence');
  assert.equal(lastEvaluation(clf), report);
  assert.equal(lastEvaluation(tinyModel()), undefined);
  assert.equal(JSON.parse(JSON.stringify(report)).examples, 6);
});

test('evaluate reads a danfojs DataFrame with numeric labels as indexes into the model labels', async () => {
  const df = new dfd.DataFrame({ review: TEXTS, y: LABELS.map((l) => (l === 'pos' ? 1 : 0)) });
  const report = await evaluate(tinyModel(), df, { textColumn: 'review', labelColumn: 'y' });
  assert.equal(report.accuracy, 4 / 6);
  await assert.rejects(evaluate(tinyModel(), df), /no column "text"; its columns are \["review","y"\]/);
  await assert.rejects(
    evaluate(tinyModel(), { texts: ['good'], labels: ['great'] }),
    /row 0 has label "great", which the model does not know; its labels are \["neg","pos"\]/,
  );
  await assert.rejects(evaluate(tinyModel(), { texts: [], labels: [] }), /empty/);
  await assert.rejects(evaluate(tinyModel(), { texts: ['a'], labels: [] }), /1 texts but 0 labels/);
  const tagger = { ...tinyModel(), config: { task: 'token-classification' as const, labels: ['O'], maxLength: 8, base: 'test' } };
  await assert.rejects(evaluate(tagger, { texts: ['good'], labels: ['O'] } as never), /token-classification records .*entityF1/);
  await assert.rejects(evaluate(tinyModel(), { texts: ['good'], labels: ['pos'] }, { batchSize: 0 }), /batchSize must be a positive integer/);
});

test('the report displays as tables plus figures and prints the sklearn layout', async () => {
  const report = await evaluate(tinyModel(), { texts: TEXTS, labels: LABELS });
  setDisplaySink({ sessionId: `evaluate-test-${Date.now()}`, display: () => {}, clearOutput: () => {} });
  try {
    const first = report[JUPYTER_DISPLAY]();
    const html = String(first['text/html']);
    assert.match(html, /<table class="transferlab-report"/);
    assert.equal((html.match(/class="transferlab-plot"/g) ?? []).length, 2, 'confusion matrix and ROC figures');
    assert.match(html, /Most confident errors/);
    assert.match(html, /plotly\.js v\d/, 'the first display of the session carries plotly.js');
    assert.doesNotMatch(String(report[JUPYTER_DISPLAY]()['text/html']), /plotly\.js v\d/, 'later ones reuse it');
  } finally {
    setDisplaySink(undefined);
  }
  const text = report.toString();
  assert.match(text, /accuracy 0\.6667/);
  assert.match(text, /precision {4}recall {2}f1-score {3}support/);
  assert.match(text, /ROC AUC/);
  const figs = report.figures();
  assert.ok(figs.roc && figs.precisionRecall && figs.confusionMatrix && figs.perClassF1);
});
