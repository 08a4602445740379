// tl.fineTune on { text, summary } rows: teacher forcing with the loss PyTorch computes
// (shifted labels, -100 ignored, label smoothing), loss falls, frozen encoder layers stay
// bit-identical, no tensors leak; then the trained model saves back and PyTorch reads it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { freeze } from '../../src/freeze';
import { fineTune } from '../../src/train/fine-tune';
import { forward } from '../../src/models/seq2seq/architecture';
import { seq2seqBatch, seq2seqLoss } from '../../src/train/seq2seq';
import { loadSeq2Seq, type Seq2SeqModel } from '../../src/models/seq2seq';
import { save } from '../../src/deploy/save';
import { makeSeq2SeqCheckpoint, PythonReference, SEQ2SEQ_REFERENCE, tempDir, type Variant } from './fixtures';

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

function values(model: Seq2SeqModel, names: string[]): Float32Array[] {
  return names.flatMap((n) => model.model.getLayer(n).getWeights().map((w) => w.dataSync() as Float32Array).map((a) => Float32Array.from(a)));
}

for (const variant of ['t5', 'bart'] as Variant[]) {
  for (const smoothing of [0, 0.1]) {
    test(`${variant}: the teacher-forced loss (label smoothing ${smoothing}) equals PyTorch's cross_entropy with ignore_index -100`, async () => {
      const dir = await makeSeq2SeqCheckpoint(ref, variant, { seed: 2 });
      const model = await loadSeq2Seq(dir);
      const inputs = ROWS.slice(0, 3).map((r) => model.tokenizer.encode(r.text));
      const labels = ROWS.slice(0, 3).map((r, i) => model.tokenizer.encode(r.summary + (i === 1 ? ' and the plot' : '')));
      const b = seq2seqBatch(model, inputs, labels);
      const ours = tf.tidy(() => seq2seqLoss(forward(model.parts, b.ids, b.decoderIds), b.labels, smoothing).dataSync()[0]);
      const { loss } = await ref.request<{ loss: number }>({ op: 'loss', dir, ids: b.ids.arraySync(), labels: b.labels.arraySync(), label_smoothing: smoothing });
      assert.ok(Math.abs(ours - loss) <= 1e-4, `ours ${ours}, torch ${loss}`);
      tf.dispose([b.ids, b.decoderIds, b.labels]);
      model.dispose();
    });
  }
}

test('t5: fineTune with the lower encoder frozen by name: loss falls, frozen weights bit-identical, no leaks, saves back', async () => {
  const dir = await makeSeq2SeqCheckpoint(ref, 't5', { seed: 4 });
  const model = await loadSeq2Seq(dir);
  const frozen = ['encoder_position_bias', 'encoder_block_0'];
  freeze(model, { layers: frozen });
  const before = values(model, frozen);
  const trainedBefore = values(model, ['decoder_block_1']);
  const tensors = tf.memory().numTensors;
  const history = await fineTune(model, ROWS, { epochs: 12, batchSize: 3, lr: 1e-2, seed: 1, silent: true, labelSmoothing: 0.1, val: ROWS.slice(0, 2), clipNorm: 1 });
  const losses = history.epochs.map((e) => e.loss);
  assert.ok(losses[losses.length - 1] < losses[0] * 0.8, `loss fell: ${losses.map((l) => l.toFixed(3)).join(' ')}`);
  assert.ok(history.epochs.every((e) => Number.isFinite(e.val_loss)));
  assert.deepEqual(values(model, frozen), before, 'frozen weights unchanged');
  assert.notDeepEqual(values(model, ['decoder_block_1']), trainedBefore, 'trainable weights moved');
  assert.equal(tf.memory().numTensors, tensors, 'no tensors left behind');

  const saved = await tempDir('trained-t5');
  await save(model, saved, { format: 'huggingface' });
  await assert.rejects(save(model, saved, { format: 'onnx' }), /saves as format 'huggingface' only/);
  const ids = [model.tokenizer.encode(ROWS[0].text)];
  const dec = [[0, ...model.tokenizer.encode(ROWS[0].summary)]];
  const expected = await ref.request<{ logits: number[][][] }>({ op: 'run', dir: saved, ids, decoder_ids: dec });
  const got = tf.tidy(() => model.logits(tf.tensor2d(ids, undefined, 'int32'), tf.tensor2d(dec, undefined, 'int32')).arraySync());
  const diff = Math.max(...got.flat(2).map((v, i) => Math.abs(v - expected.logits.flat(2)[i])));
  assert.ok(diff <= 1e-4, `trained model after save-back: max |diff| ${diff}`);
  model.dispose();
});

test('t5: two fineTune runs with the same seed draw the same dropout masks and end with the same losses', async () => {
  const dir = await makeSeq2SeqCheckpoint(ref, 't5', { seed: 5 });
  const run = async () => {
    const model = await loadSeq2Seq(dir);
    const history = await fineTune(model, ROWS, { epochs: 2, batchSize: 3, lr: 1e-2, seed: 3, silent: true });
    model.dispose();
    return history.epochs.map((e) => e.loss);
  };
  assert.deepEqual(await run(), await run());
});

test('fineTune on seq2seq: bad rows and unsupported options are named', async () => {
  const dir = await makeSeq2SeqCheckpoint(ref, 't5');
  const model = await loadSeq2Seq(dir);
  await assert.rejects(fineTune(model, [{ text: 'a', headline: 'b' }] as never, { silent: true }), /row 0 has a summary that is not a string/);
  await assert.rejects(fineTune(model, ROWS, { silent: true, labelSmoothing: 1 }), /labelSmoothing/);
  await assert.rejects(fineTune(model, ROWS, { silent: true, classWeights: [1, 2] }), /classWeights has no meaning for an encoder-decoder model .* use options.labelSmoothing/);
  model.dispose();
});
