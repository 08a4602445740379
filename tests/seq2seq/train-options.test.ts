// fineTune's run options on an encoder-decoder model: checkpoints and resume (bit for bit, as
// the classifier's test checks), gradual unfreezing, and early stopping on validation ROUGE.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import { tf } from '../../src/tf';
import { gradualUnfreezing } from '../../src/freeze';
import { fineTune } from '../../src/train/fine-tune';
import { checkpointFile, readCheckpoint } from '../../src/train/checkpoint';
import { stopTraining } from '../../src/train/stop';
import { rouge } from '../../src/metrics/rouge';
import { loadSeq2Seq, type Seq2SeqModel } from '../../src/models/seq2seq';
import { makeSeq2SeqCheckpoint, PythonReference, SEQ2SEQ_REFERENCE, tempDir } from './fixtures';

let ref: PythonReference;
before(async () => {
  await tf.setBackend('cpu');
  ref = new PythonReference({ script: SEQ2SEQ_REFERENCE });
});
after(() => ref.close());

const ROWS = [
  { text: 'the film was very good and the plot was great', summary: 'good film' },
  { text: 'a bad movie with a boring story', summary: 'bad movie' },
  { text: 'the news of the long text', summary: 'short news' },
  { text: 'it was not a good story', summary: 'not good' },
  { text: 'a great plot and a very good film', summary: 'great film' },
  { text: 'summary of a long story', summary: 'a story' },
];

function weightValues(model: Seq2SeqModel, names?: string[]): Float32Array[] {
  const layers = names ? names.map((n) => model.model.getLayer(n)) : model.model.layers;
  return layers.flatMap((l) => l.getWeights().map((w) => Float32Array.from(w.dataSync() as Float32Array)));
}

test('t5: a run stopped after epoch 1 and resumed from its checkpoint equals an uninterrupted run, bit for bit', async () => {
  const dir = await makeSeq2SeqCheckpoint(ref, 't5', { seed: 6 });
  // Dropout is on (rate 0.1): the resumed run must draw the same masks.
  const options = { val: ROWS.slice(0, 2), epochs: 2, batchSize: 4, lr: 1e-2, schedule: 'cosine' as const, warmup: 1, clipNorm: 1, seed: 8, silent: true };

  const straight = await loadSeq2Seq(dir);
  const full = await fineTune(straight, ROWS, options);

  const ckpts = await tempDir('seq2seq-ckpt');
  const first = await loadSeq2Seq(dir);
  const partial = await fineTune(first, ROWS, { ...options, checkpoint: { dir: ckpts }, callbacks: { onEpochEnd: (epoch) => void (epoch === 0 && stopTraining(first)) } });
  assert.equal(partial.stopReason, 'stopped');
  assert.equal(partial.epochs.length, 1);
  assert.deepEqual(fs.readdirSync(ckpts).sort(), ['best.ckpt', 'last.ckpt'], 'no temp files left');
  const saved = await readCheckpoint(checkpointFile(ckpts, 'last'));
  assert.equal(saved.state.epoch, 1);
  assert.equal(saved.state.step, 2);

  const resumed = await loadSeq2Seq(dir);
  const tensors = tf.memory().numTensors;
  const rest = await fineTune(resumed, ROWS, { ...options, checkpoint: { dir: ckpts }, resume: true });
  assert.equal(tf.memory().numTensors, tensors, 'no tensors left behind');
  assert.deepEqual(rest.steps, full.steps);
  assert.deepEqual(
    rest.epochs.map(({ seconds, ...r }) => r),
    full.epochs.map(({ seconds, ...r }) => r),
  );
  assert.deepEqual(weightValues(resumed), weightValues(straight));
  assert.notDeepEqual(weightValues(resumed), weightValues(first), 'the second epoch changed the weights');

  const bart = await loadSeq2Seq(await makeSeq2SeqCheckpoint(ref, 'bart'));
  await assert.rejects(
    fineTune(bart, ROWS, { ...options, resume: ckpts }),
    (err: Error) => err.message.includes(checkpointFile(ckpts, 'last')) && /different model/.test(err.message),
  );
  [straight, first, resumed, bart].forEach((m) => m.dispose());
});

test('t5: gradual unfreezing keeps a group bit-identical until its epoch, then trains it', async () => {
  const model = await loadSeq2Seq(await makeSeq2SeqCheckpoint(ref, 't5', { seed: 7 }));
  const lower = ['encoder_block_0', 'encoder_block_1'];
  const schedule = gradualUnfreezing(model, { groups: { groups: [lower, ['decoder_block_0', 'decoder_block_1', 'decoder_block_2']] } });
  const initial = weightValues(model, lower);
  const perEpoch: Float32Array[][] = [];
  await fineTune(model, ROWS, { epochs: 2, batchSize: 3, lr: 1e-2, seed: 2, silent: true, unfreeze: schedule, callbacks: { onEpochEnd: () => void perEpoch.push(weightValues(model, lower)) } });
  assert.deepEqual(perEpoch[0], initial, 'frozen during epoch 0');
  assert.notDeepEqual(perEpoch[1], initial, 'trained from epoch 1');
  model.dispose();
});

test('t5: early stopping on val_rougeL records the score each epoch and restores the best epoch', async () => {
  const model = await loadSeq2Seq(await makeSeq2SeqCheckpoint(ref, 't5', { seed: 9 }));
  // One short summary for every text: the tiny model learns to generate it within a few epochs,
  // so the score moves from 0 and then levels off.
  const rows = ROWS.map((r) => ({ text: r.text, summary: 'the good film' }));
  const val = rows.slice(0, 3);
  const perEpoch: Float32Array[][] = [];
  const history = await fineTune(model, rows, {
    val,
    epochs: 20,
    batchSize: 3,
    lr: 3e-2,
    seed: 4,
    silent: true,
    earlyStopping: { metric: 'val_rougeL', patience: 1 },
    callbacks: { onEpochEnd: () => void perEpoch.push(weightValues(model)) },
  });
  const scores = history.epochs.map((e) => e.val_rougeL);
  assert.ok(scores.every((s) => s >= 0 && s <= 1), `val_rougeL per epoch: ${scores}`);
  const best = scores.indexOf(Math.max(...scores));
  assert.ok(scores[best] > 0, `the model learnt something: ${scores}`);
  assert.equal(history.stopReason, 'early-stopping');
  assert.equal(history.epochs.length, best + 2);
  assert.equal(history.restoredEpoch, best);
  assert.deepEqual(weightValues(model), perEpoch[best]);
  // The restored model generates what the best epoch scored.
  const maxNewTokens = Math.max(...val.map((r) => model.tokenizer.encode(r.summary).length));
  const predictions = await model.generate(val.map((r) => r.text), { maxNewTokens });
  assert.equal(rouge(predictions, val.map((r) => r.summary), { types: ['rougeL'] }).rougeL.fmeasure, scores[best]);
  await assert.rejects(fineTune(model, ROWS, { silent: true, earlyStopping: { metric: 'val_rougeL' } }), /needs validation data/);
  await assert.rejects(fineTune(model, ROWS, { silent: true, val, earlyStopping: { metric: 'val_acc' } }), /not one of 'loss', 'val_loss', 'val_rouge1'/);
  model.dispose();
});
