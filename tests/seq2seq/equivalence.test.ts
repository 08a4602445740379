// Parity with the PyTorch reference on tiny random T5 (v1 relu; v1.1 gated-gelu, untied) and
// BART checkpoints: encoder states and teacher-forced decoder logits on a padded batch within
// 1e-4; greedy and beam-search tokens identical; the same after save-back, which the
// reference loads strictly (no missing or unexpected keys). minNewTokens as transformers'
// MinNewTokensLengthLogitsProcessor, on models whose eos is a token they pick early.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { loadSeq2Seq, saveSeq2Seq, type Seq2SeqModel } from '../../src/models/seq2seq';
import { decoderBatch, inputBatch, makeSeq2SeqCheckpoint, PythonReference, SEQ2SEQ_REFERENCE, tempDir, VARIANTS, type Variant } from './fixtures';

const TOLERANCE = 1e-4;
let ref: PythonReference;

before(async () => {
  await tf.setBackend('cpu');
  ref = new PythonReference({ script: SEQ2SEQ_REFERENCE });
});
after(() => ref.close());

type Nested = number | Nested[];

function maxDiff(a: Nested, b: Nested): number {
  if (typeof a === 'number' || typeof b === 'number') return Math.abs((a as number) - (b as number));
  assert.equal(a.length, b.length, 'shapes differ');
  return a.reduce((m: number, x, i) => Math.max(m, maxDiff(x, b[i])), 0);
}

function unpadded(hidden: number[][][], ids: number[][], pad: number): number[][][] {
  return hidden.map((row, r) => row.filter((_, t) => ids[r][t] !== pad));
}

function ours(model: Seq2SeqModel, ids: number[][], decoderIds: number[][]): { encoder: number[][][]; logits: number[][][] } {
  return tf.tidy(() => {
    const x = tf.tensor2d(ids, undefined, 'int32');
    return {
      encoder: model.encoderStates(x).arraySync(),
      logits: model.logits(x, tf.tensor2d(decoderIds, undefined, 'int32')).arraySync(),
    };
  });
}

async function checkForward(model: Seq2SeqModel, dir: string, variant: Variant, label: string): Promise<void> {
  const ids = inputBatch(variant, model.arch.vocabSize);
  const dec = decoderBatch(variant, model.arch.vocabSize);
  const expected = await ref.request<{ encoder: number[][][]; logits: number[][][] }>({ op: 'run', dir, ids, decoder_ids: dec });
  const got = ours(model, ids, dec);
  const pad = model.arch.padTokenId;
  const encDiff = maxDiff(unpadded(got.encoder, ids, pad), unpadded(expected.encoder, ids, pad));
  assert.ok(encDiff <= TOLERANCE, `${label} encoder states: max |diff| ${encDiff}`);
  const logitDiff = maxDiff(got.logits, expected.logits);
  assert.ok(logitDiff <= TOLERANCE, `${label} decoder logits: max |diff| ${logitDiff}`);
}

const SEARCHES: Array<{ name: string; options: Record<string, unknown> }> = [
  { name: 'greedy', options: { maxNewTokens: 8 } },
  { name: 'greedy, noRepeatNgramSize 2', options: { maxNewTokens: 10, noRepeatNgramSize: 2 } },
  { name: 'beam 3', options: { maxNewTokens: 8, numBeams: 3 } },
  { name: 'beam 4, lengthPenalty 2, earlyStopping', options: { maxNewTokens: 9, numBeams: 4, lengthPenalty: 2, earlyStopping: true } },
  { name: 'beam 2, lengthPenalty 0.5, noRepeatNgramSize 3', options: { maxNewTokens: 12, numBeams: 2, lengthPenalty: 0.5, noRepeatNgramSize: 3 } },
];

async function checkGenerate(model: Seq2SeqModel, dir: string, variant: Variant): Promise<void> {
  const ids = inputBatch(variant, model.arch.vocabSize);
  const x = tf.tensor2d(ids, undefined, 'int32');
  try {
    for (const { name, options } of SEARCHES) {
      const expected = await ref.request<{ tokens: number[][] }>({ op: 'generate', dir, ids, options });
      assert.deepEqual(model.generateIds(x, options), expected.tokens, `${variant} ${name}`);
    }
  } finally {
    x.dispose();
  }
}

for (const variant of VARIANTS) {
  test(`${variant}: encoder states, teacher-forced logits, greedy and beam tokens match PyTorch; so does the saved copy`, async () => {
    const dir = await makeSeq2SeqCheckpoint(ref, variant);
    const model = await loadSeq2Seq(dir);
    try {
      await checkForward(model, dir, variant, variant);
      await checkGenerate(model, dir, variant);
      const saved = await tempDir(`saved-${variant}`);
      await saveSeq2Seq(model, saved);
      await checkForward(model, saved, variant, `${variant} saved`); // strict load inside the reference
      const again = await loadSeq2Seq(saved);
      await checkForward(again, saved, variant, `${variant} reloaded`);
      again.dispose();
    } finally {
      model.dispose();
    }
  });
}

// The random models rarely pick their real eos; naming a token they do pick eos makes them
// stop early, which is what a minimum length has to prevent.
const EARLY_EOS: Array<{ variant: Variant; eos: number }> = [
  { variant: 't5', eos: 17 },
  { variant: 'bart', eos: 49 },
];

for (const { variant, eos } of EARLY_EOS) {
  test(`${variant}: minNewTokens bans eos until reached, greedy and beam tokens identical to PyTorch`, async () => {
    const dir = await makeSeq2SeqCheckpoint(ref, variant, { config: { eos_token_id: eos } });
    const model = await loadSeq2Seq(dir);
    const ids = inputBatch(variant, model.arch.vocabSize);
    const x = tf.tensor2d(ids, undefined, 'int32');
    try {
      for (const base of [{ maxNewTokens: 9 }, { maxNewTokens: 10, numBeams: 3 }]) {
        const shortest = (rows: number[][]) => Math.min(...rows.map((r) => r.length));
        const free = model.generateIds(x, base);
        assert.ok(shortest(free) < 5, `${variant} ${JSON.stringify(base)}: without a minimum some row ends early: ${JSON.stringify(free)}`);
        const options = { ...base, minNewTokens: 5 };
        const expected = await ref.request<{ tokens: number[][] }>({ op: 'generate', dir, ids, options });
        const got = model.generateIds(x, options);
        assert.deepEqual(got, expected.tokens, `${variant} ${JSON.stringify(options)}`);
        assert.ok(shortest(got) >= 5, `every row has at least 5 new tokens: ${JSON.stringify(got)}`);
      }
    } finally {
      x.dispose();
      model.dispose();
    }
  });
}

test('minNewTokens: negative or above an explicit maxNewTokens is named; above the default maximum raises it', async () => {
  const model = await loadSeq2Seq(await makeSeq2SeqCheckpoint(ref, 't5', { config: { eos_token_id: 17 } }));
  await assert.rejects(model.generate(['x'], { minNewTokens: -1 }), /options\.minNewTokens is -1; it must be an integer >= 0/);
  await assert.rejects(model.generate(['x'], { minNewTokens: 5, maxNewTokens: 4 }), /options\.minNewTokens is 5; it must be at most options\.maxNewTokens \(4\)/);
  const x = tf.tensor2d([model.tokenizer.encode('the film was good')], undefined, 'int32');
  assert.equal(model.generateIds(x, { minNewTokens: 25 })[0].length, 25, 'the default maximum (20) grows to the minimum');
  x.dispose();
  model.dispose();
});
