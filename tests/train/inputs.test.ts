import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { DataFrame } from 'danfojs-node';
import { tf } from '../../src/tf';
import { fineTune } from '../../src/train/fine-tune';
import { batchLoss } from '../../src/train/loss';
import { useCpu } from './setup';
import { toyIds, toyModel, toyText, toyTextModel, weightValues } from './toy';

before(useCpu);

function toyFrame(n: number, seed: number, columns = { text: 'text', label: 'label' }) {
  const { ids, labels } = toyIds(n, seed);
  return new DataFrame({ [columns.text]: ids.map(toyText), [columns.label]: labels.map((l) => (l ? 'pos' : 'neg')) });
}

test('a TextModel trains on DataFrames with label names, and equals training on the same tensors', async () => {
  const { ids, labels } = toyIds(48, 1);
  const textModel = toyTextModel(toyModel({ seed: 3 }));
  const before = tf.memory().numTensors;
  const history = await fineTune(textModel, toyFrame(48, 1), { val: toyFrame(16, 2), epochs: 2, batchSize: 16, seed: 5, silent: true });
  assert.equal(tf.memory().numTensors, before, 'the encoded texts are released');
  assert.deepEqual(Object.keys(history.epochs[1]).sort(), ['acc', 'epoch', 'loss', 'lr', 'seconds', 'val_acc', 'val_loss']);

  const plain = toyModel({ seed: 3 });
  const x = tf.tensor2d(ids, undefined, 'int32');
  const y = tf.oneHot(tf.tensor1d(labels, 'int32'), 2).cast('float32');
  await fineTune(plain, { x, y }, { epochs: 2, batchSize: 16, seed: 5, silent: true });
  tf.dispose([x, y]);
  assert.deepEqual(weightValues(plain), weightValues(textModel.model));
});

test('DataFrame errors name the column, the label and the fix', async () => {
  const textModel = toyTextModel(toyModel());
  const renamed = toyFrame(8, 1, { text: 'review', label: 'sentiment' });
  await assert.rejects(fineTune(textModel, renamed, { silent: true }), /train has no column 'text' \(columns: review, sentiment\); pass textColumn/);
  await fineTune(textModel, renamed, { textColumn: 'review', labelColumn: 'sentiment', epochs: 1, silent: true });
  const bad = new DataFrame({ text: ['w4 w5', 'w6'], label: ['pos', 'meh'] });
  await assert.rejects(fineTune(textModel, bad, { silent: true }), /train row 1 has label "meh"; labels must be one of 'neg', 'pos'/);
  await assert.rejects(fineTune(toyModel(), toyFrame(4, 1), { silent: true }), /needs a TextModel/);
});

test('batchLoss: class weights scale each example, ignored labels drop out (Keras definitions)', () => {
  const probs = tf.tensor2d([
    [0.8, 0.2],
    [0.3, 0.7],
    [0.6, 0.4],
    [0.5, 0.5],
  ]);
  const labels = tf.tensor1d([0, 1, 1, -1], 'int32');
  const weights = tf.tensor1d([1, 3]);
  const r = batchLoss(probs, labels, { classWeights: weights, fromLogits: false });
  const expected = (-Math.log(0.8) - 3 * Math.log(0.7) - 3 * Math.log(0.4)) / 3;
  assert.ok(Math.abs(r.loss.dataSync()[0] - expected) < 1e-6, `${r.loss.dataSync()[0]} vs ${expected}`);
  assert.equal(r.correct.dataSync()[0], 2);
  assert.equal(r.count.dataSync()[0], 3);
  const logits = batchLoss(tf.log(probs), labels, { classWeights: null, fromLogits: true });
  const plain = (-Math.log(0.8) - Math.log(0.7) - Math.log(0.4)) / 3;
  assert.ok(Math.abs(logits.loss.dataSync()[0] - plain) < 1e-6);
  tf.dispose([probs, labels, weights, r.loss, r.correct, r.count, logits.loss, logits.correct, logits.count]);
});

test('classWeights by label name change the training; unknown options are clear errors', async () => {
  const frame = toyFrame(32, 1);
  const run = async (classWeights?: Record<string, number>) => {
    const m = toyTextModel(toyModel({ seed: 2 }));
    await fineTune(m, frame, { epochs: 1, batchSize: 16, seed: 1, classWeights, silent: true });
    return weightValues(m.model);
  };
  assert.notDeepEqual(await run({ pos: 5 }), await run());
  await assert.rejects(fineTune(toyTextModel(toyModel()), frame, { classWeights: [1, 2, 3], silent: true }), /classWeights has 3 weights but the model has 2 classes/);
  await assert.rejects(fineTune(toyTextModel(toyModel()), frame, { classWeights: { positive: 2 }, silent: true }), /classWeights names 'positive', which is not a label \(neg, pos\)/);
  await assert.rejects(fineTune(toyTextModel(toyModel()), frame, { earlyStopping: { metric: 'val_acc' }, silent: true }), /needs validation data/);
  await assert.rejects(fineTune(toyTextModel(toyModel()), frame, { batchSize: 0, silent: true }), /batchSize must be a positive integer/);
});
