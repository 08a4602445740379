// The decoder's key/value cache: the same tokens as re-running the whole prefix each step
// (greedy, beam, sampling with a seed), and no tensor growth across generate() calls.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { loadSeq2Seq, type Seq2SeqModel } from '../../src/models/seq2seq';
import { inputBatch, makeSeq2SeqCheckpoint, PythonReference, SEQ2SEQ_REFERENCE, VARIANTS } from './fixtures';

let ref: PythonReference;
const models = new Map<string, Seq2SeqModel>();

before(async () => {
  await tf.setBackend('cpu');
  ref = new PythonReference({ script: SEQ2SEQ_REFERENCE });
  for (const variant of VARIANTS) models.set(variant, await loadSeq2Seq(await makeSeq2SeqCheckpoint(ref, variant, { seed: 5 })));
});
after(() => {
  ref.close();
  for (const m of models.values()) m.dispose();
});

const RUNS = [
  { maxNewTokens: 12 },
  { maxNewTokens: 10, numBeams: 4, noRepeatNgramSize: 2 },
  { maxNewTokens: 10, numBeams: 3, lengthPenalty: 1.5, earlyStopping: true },
  { maxNewTokens: 10, doSample: true, topK: 10, topP: 0.9, temperature: 0.8, seed: 7 },
];

for (const variant of VARIANTS) {
  test(`${variant}: cache and no cache generate identical tokens`, () => {
    const model = models.get(variant)!;
    const ids = tf.tensor2d(inputBatch(variant, model.arch.vocabSize), undefined, 'int32');
    for (const options of RUNS) {
      const cached = model.generateIds(ids, { ...options, cache: true });
      const full = model.generateIds(ids, { ...options, cache: false });
      assert.deepEqual(cached, full, JSON.stringify(options));
      assert.ok(cached.every((row) => row.length > 0));
    }
    ids.dispose();
  });
}

test('generate: no tensor growth across calls, for every search', async () => {
  const model = models.get('t5')!;
  await model.generate(['the film was good'], { maxNewTokens: 3 }); // warm-up: lazily built weights
  const before = tf.memory().numTensors;
  for (const options of RUNS) {
    await model.generate(['the film was good', 'a very long story and a plot'], options);
    await model.generate(['short text'], { ...options, cache: false });
  }
  await model.predict(['the film'], { maxNewTokens: 4 });
  assert.equal(tf.memory().numTensors, before);
});

test('sampling: a seed makes it reproducible; topK 1 is greedy', async () => {
  const model = models.get('t5-gated')!;
  const texts = ['the film was good', 'a very long story'];
  const a = await model.generate(texts, { doSample: true, seed: 3, maxNewTokens: 8 });
  const b = await model.generate(texts, { doSample: true, seed: 3, maxNewTokens: 8 });
  assert.deepEqual(a, b);
  assert.deepEqual(await model.generate(texts, { doSample: true, topK: 1, seed: 11, maxNewTokens: 8 }), await model.generate(texts, { maxNewTokens: 8 }));
});

test('BART: forced BOS first, forced EOS at the length limit', () => {
  const model = models.get('bart')!;
  const ids = tf.tensor2d(inputBatch('bart', model.arch.vocabSize), undefined, 'int32');
  for (const options of [{ maxNewTokens: 5 }, { maxNewTokens: 5, numBeams: 3 }]) {
    for (const row of model.generateIds(ids, options)) {
      assert.equal(row[0], 0, 'forced_bos_token_id first');
      assert.ok(row.length <= 5);
      assert.equal(row[row.length - 1], 2, 'ends with eos (forced at max length)');
    }
  }
  ids.dispose();
});

test('bad generate options are named', async () => {
  const model = models.get('t5')!;
  await assert.rejects(model.generate(['x'], { numBeams: 0 }), /options\.numBeams is 0; it must be an integer >= 1/);
  await assert.rejects(model.generate(['x'], { topP: 1.5 }), /options\.topP/);
  await assert.rejects(model.generate(['x'], { temperature: 0 }), /options\.temperature/);
  await assert.rejects(model.generate(['x'], { beams: 2 } as never), /unknown option 'beams'/);
  await assert.rejects(model.generate(['x'], { doSample: true, numBeams: 2 }), /beam sampling/);
});

test('predict: the summarization contract, with task_specific_params prefix and defaults', async () => {
  const params = { summarization: { prefix: 'summarize: ', num_beams: 2, max_length: 7, length_penalty: 1.5, no_repeat_ngram_size: 2, early_stopping: true } };
  const model = await loadSeq2Seq(await makeSeq2SeqCheckpoint(ref, 't5', { seed: 9, config: { task_specific_params: params } }));
  const texts = ['the film was very good', 'a long story of the news'];
  const predicted = await model.predict(texts);
  const expected = await model.generate(texts.map((t) => `summarize: ${t}`), { numBeams: 2, maxNewTokens: 6, lengthPenalty: 1.5, noRepeatNgramSize: 2, earlyStopping: true });
  assert.deepEqual(predicted, expected.map((summary) => ({ summary })));
  assert.equal(model.config.task, 'summarization');
  model.dispose();
});
