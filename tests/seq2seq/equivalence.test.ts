// Parity with the PyTorch reference on tiny random T5 (v1 relu; v1.1 gated-gelu, untied) and
// BART checkpoints: encoder states and teacher-forced decoder logits on a padded batch within
// 1e-4; greedy and beam-search tokens identical; the same after save-back, which the
// reference loads strictly (no missing or unexpected keys).
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
