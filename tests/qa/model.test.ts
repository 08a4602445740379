// tl.questionAnswerer on a small real base: shapes and defaults, training with tl.fineTune
// (start/end cross-entropy over positions) until held-out questions are answered, answers
// that are the context's own substrings, topK, frozen layers that stay put, no tensor leaks.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { fineTune } from '../../src/train';
import { freeze } from '../../src/freeze';
import { questionAnswerer, isQuestionAnsweringModel } from '../../src/models/qa';
import { records, tinyBase } from './helpers';

before(async () => {
  await tf.setBackend('cpu');
});

test('defaults follow the base: maxLength up to 384, stride a third of it; output is start/end logits', () => {
  const qa = questionAnswerer(tinyBase(), { seed: 1 });
  assert.equal(qa.config.task, 'question-answering');
  assert.deepEqual([qa.config.maxLength, qa.config.stride, qa.config.maxAnswerLength, qa.config.topK], [64, 21, 30, 1]);
  assert.deepEqual(qa.labels, ['start', 'end']);
  assert.deepEqual(qa.model.outputs[0].shape, [null, null, 2]);
  assert.ok(isQuestionAnsweringModel(qa));
  assert.throws(() => questionAnswerer(tinyBase(), { maxLength: 100 }), /longer than the base's 64 tokens/);
  assert.throws(() => questionAnswerer(tinyBase(), { maxLength: 12, stride: 6 }), /stride 6 must be below half/);
  assert.throws(() => questionAnswerer(tinyBase(), { topK: 0 } as never), /topK/);
  qa.model.dispose();
});

test('fineTune trains the start/end head until held-out answers are right; frozen layers stay put; no leaks', async () => {
  // Windows of 12 tokens (<oov> who <oov> + 9 context tokens), stride 4: a 16-word context spans 3 windows.
  const qa = questionAnswerer(tinyBase(), { maxLength: 12, stride: 4, seed: 3, dropout: 0 });
  freeze(qa, { layers: ['encoder/embedding'] });
  const embedding = (qa.model.getLayer('encoder') as tf.LayersModel).getLayer('embedding').getWeights()[0].dataSync().slice();
  const train = qa.trainingData(records(160, 11));
  const val = qa.trainingData(records(32, 12));
  assert.deepEqual(train.y.shape, [train.x.shape[0], 2]);
  assert.ok(train.x.shape[0] > 160, 'long contexts give several windows');
  const tensors = tf.memory().numTensors;
  const history = await fineTune(qa, train, { val, epochs: 12, batchSize: 16, lr: 0.01, seed: 5, silent: true });
  assert.equal(tf.memory().numTensors, tensors, 'fineTune leaves no tensors behind');
  const losses = history.epochs.map((e) => e.loss as number);
  assert.ok(losses[losses.length - 1] < losses[0] / 3, `loss fell: ${losses.map((l) => l.toFixed(3)).join(' ')}`);
  const after = (qa.model.getLayer('encoder') as tf.LayersModel).getLayer('embedding').getWeights()[0].dataSync();
  assert.deepEqual(Array.from(after), Array.from(embedding), 'the frozen embedding did not move');

  const test = records(40, 99);
  const before = tf.memory().numTensors;
  const answers = await qa.predict(test.map(({ question, context }) => ({ question, context })));
  assert.equal(tf.memory().numTensors, before, 'predict leaves no tensors behind');
  const right = answers.filter((a, i) => a.answer === test[i].answers.text[0]).length;
  assert.ok(right >= 36, `${right} of 40 held-out answers right`);
  answers.forEach((a, i) => {
    assert.equal(test[i].context.slice(a.start, a.end), a.answer);
    assert.ok(a.score > 0 && a.score <= 1);
  });
  const top3 = await qa.predict([{ question: 'who', context: test[0].context }], { topK: 3 });
  assert.equal(top3.length, 1);
  const list = top3[0] as unknown as Array<{ answer: string; score: number }>;
  assert.equal(list.length, 3);
  assert.ok(list[0].score >= list[1].score && list[1].score >= list[2].score);
  tf.dispose([train.x, train.y, val.x, val.y]);
  qa.model.dispose();
});

test('fineTune says what a question answerer trains on', async () => {
  const qa = questionAnswerer(tinyBase(), { maxLength: 12, stride: 4 });
  const x = tf.zeros([2, 12], 'int32');
  const y = tf.zeros([2], 'int32');
  await assert.rejects(fineTune(qa, { x, y }, { epochs: 1, silent: true }), /qa\.trainingData\(records\)/);
  tf.dispose([x, y]);
  await assert.rejects(qa.predict([{ question: 'who' } as never]), /inputs\[0\] must be \{ question: string, context: string/);
  qa.model.dispose();
});
