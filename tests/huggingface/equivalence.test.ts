// Parity with the PyTorch reference: last hidden states and each head's logits on a
// padded batch, max |diff| <= 1e-4; and again after save-back, with the reference
// loading the saved state dict strictly (no missing or unexpected keys).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { classifier, tokenClassifier } from '../../src/models/heads';
import { HuggingFaceBase, headLogits, loadHuggingFace, loadTokenizer, saveHuggingFace } from '../../src/models/huggingface';
import type { TextModel } from '../../src/models/types';
import { makeCheckpoint, paddedBatch, PythonReference, tempDir, type Family, type Head } from './fixtures';

const FAMILIES: Family[] = ['bert', 'distilbert', 'roberta', 'xlm-roberta', 'electra'];
const TOLERANCE = 1e-4;
let ref: PythonReference;

before(async () => {
  await tf.setBackend('cpu');
  ref = new PythonReference();
});
after(() => ref.close());

type Nested = number | Nested[];

function maxDiff(a: Nested, b: Nested): number {
  if (typeof a === 'number' || typeof b === 'number') return Math.abs((a as number) - (b as number));
  assert.equal(a.length, b.length, 'shapes differ');
  return a.reduce((m: number, x, i) => Math.max(m, maxDiff(x, b[i])), 0);
}

/** Rows' non-padding positions only: what a padded position holds is not part of the contract. */
function unpadded(hidden: number[][][], ids: number[][], padId: number): number[][][] {
  return hidden.map((row, r) => row.filter((_, t) => ids[r][t] !== padId));
}

async function reference(dir: string, ids: number[][], typeIds?: number[][]): Promise<{ hidden: number[][][]; logits: Nested | null; architecture: string }> {
  return ref.request({ op: 'run', dir, ids, ...(typeIds ? { typeIds } : {}) });
}

function sequenceHidden(base: HuggingFaceBase, ids: number[][]): number[][][] {
  const encoder = base.buildEncoder({ sequence: true });
  const out = tf.tidy(() => (encoder.predict(tf.tensor2d(ids, undefined, 'int32')) as tf.Tensor).arraySync() as number[][][]);
  encoder.dispose();
  return out;
}

function logits(model: TextModel, ids: number[][]): Nested {
  return tf.tidy(() => headLogits(model.model, tf.tensor2d(ids, undefined, 'int32')).arraySync() as Nested);
}

async function checkSaveBack(model: TextModel, ids: number[][], family: Family, head: Exclude<Head, 'base'>): Promise<void> {
  const dir = await tempDir(`saved-${family}`);
  await saveHuggingFace(model, dir);
  const expected = await reference(dir, ids); // strict load_state_dict inside
  assert.ok(expected.architecture.endsWith({ 'sequence-classification': 'ForSequenceClassification', 'token-classification': 'ForTokenClassification', 'question-answering': 'ForQuestionAnswering' }[head]));
  const diff = maxDiff(logits(model, ids), expected.logits!);
  assert.ok(diff <= TOLERANCE, `${family} ${head} after save-back: max |diff| ${diff}`);
  // ...and our loader reads back what we wrote.
  const again = (await loadHuggingFace(dir)) as TextModel;
  assert.ok(maxDiff(logits(again, ids), expected.logits!) <= TOLERANCE);
  again.model.dispose();
}

for (const family of FAMILIES) {
  test(`${family}: base encoder hidden states match PyTorch; a fresh HF-shaped head saves back loadably`, async () => {
    const dir = await makeCheckpoint(ref, family, 'base');
    const base = (await loadHuggingFace(dir)) as HuggingFaceBase;
    assert.ok(base instanceof HuggingFaceBase);
    const ids = paddedBatch(family, base.arch.vocabSize);
    const expected = await reference(dir, ids);
    const diff = maxDiff(unpadded(sequenceHidden(base, ids), ids, base.tokenizer.padId), unpadded(expected.hidden, ids, base.tokenizer.padId));
    assert.ok(diff <= TOLERANCE, `${family} hidden: max |diff| ${diff}`);
    if (family === 'bert') {
      // BERT's pooler is part of the base checkpoint: the classifier's features are its output.
      const pooled = tf.tidy(() => (base.buildEncoder().predict(tf.tensor2d(ids, undefined, 'int32')) as tf.Tensor).arraySync() as number[][]);
      assert.ok(maxDiff(pooled, expected.logits!) <= TOLERANCE, 'bert pooler output');
    }
    const clf = classifier(base, { labels: ['a', 'b'] });
    await checkSaveBack(clf, ids, family, 'sequence-classification');
    const tagger = tokenClassifier(base, { labels: ['O', 'B-X', 'I-X'] });
    await checkSaveBack(tagger, ids, family, 'token-classification');
    clf.model.dispose();
    tagger.model.dispose();
  });

  for (const head of ['sequence-classification', 'token-classification', 'question-answering'] as const) {
    test(`${family} ${head}: logits match PyTorch, before and after save-back`, async () => {
      const dir = await makeCheckpoint(ref, family, head, { seed: 1 });
      const model = (await loadHuggingFace(dir)) as TextModel;
      assert.deepEqual(model.labels, head === 'question-answering' ? ['start', 'end'] : ['neg', 'neu', 'pos']);
      const base = (model.model.getLayer('encoder') as tf.LayersModel).layers.length;
      assert.equal(base, 2 + 2 + 1, 'input, embeddings, layer_0, layer_1, pooler/sequence_output');
      const ids = paddedBatch(family, model.tokenizer.vocabSize);
      const expected = await reference(dir, ids);
      const diff = maxDiff(logits(model, ids), expected.logits!);
      assert.ok(diff <= TOLERANCE, `${family} ${head} logits: max |diff| ${diff}`);
      await checkSaveBack(model, ids, family, head);
      model.model.dispose();
    });
  }
}

// Text pairs as the tokenizer encodes them, padded: the reference gets encodePair's token_type_ids,
// our model derives them from the ids (segment 1 after the first [SEP]).
const PAIRS: Array<[string, string]> = [['the film was good', 'i liked it'], ['a movie', 'the plot was very boring and not fun'], ['the actor', 'great !']];

async function pairBatch(dir: string): Promise<{ ids: number[][]; typeIds: number[][] }> {
  const tokenizer = await loadTokenizer(dir);
  const pairs = PAIRS.map(([a, b]) => tokenizer.encodePair(a, b));
  const width = Math.max(...pairs.map((p) => p.ids.length));
  const pad = (xs: number[], value: number) => [...xs, ...new Array(width - xs.length).fill(value)];
  return { ids: pairs.map((p) => pad(p.ids, tokenizer.padId)), typeIds: pairs.map((p) => pad(p.typeIds, 0)) };
}

for (const family of ['bert', 'electra'] as const) {
  for (const head of ['base', 'sequence-classification', 'token-classification', 'question-answering'] as const) {
    test(`${family} ${head}: text pairs with their token_type_ids match PyTorch`, async () => {
      const dir = await makeCheckpoint(ref, family, head, { seed: 4 });
      const { ids, typeIds } = await pairBatch(dir);
      assert.ok(typeIds.every((row) => row.includes(1)), 'every pair has a second segment');
      const expected = await reference(dir, ids, typeIds);
      // The segments matter: all-zero token types give other outputs, so this would catch ignoring them.
      const zeros = await reference(dir, ids);
      assert.ok(maxDiff(expected.hidden, zeros.hidden) > 1e-2, 'token types change the reference');
      const loaded = await loadHuggingFace(dir);
      const base = loaded instanceof HuggingFaceBase ? loaded : undefined;
      const padId = (loaded as { tokenizer: { padId: number } }).tokenizer.padId;
      if (base) {
        const diff = maxDiff(unpadded(sequenceHidden(base, ids), ids, padId), unpadded(expected.hidden, ids, padId));
        assert.ok(diff <= TOLERANCE, `${family} pair hidden: max |diff| ${diff}`);
        if (family === 'bert') {
          const encoder = base.buildEncoder();
          const pooled = tf.tidy(() => (encoder.predict(tf.tensor2d(ids, undefined, 'int32')) as tf.Tensor).arraySync() as number[][]);
          encoder.dispose();
          assert.ok(maxDiff(pooled, expected.logits!) <= TOLERANCE, 'bert pooler output on pairs');
        }
      } else {
        const model = loaded as TextModel;
        const diff = maxDiff(logits(model, ids), expected.logits!);
        assert.ok(diff <= TOLERANCE, `${family} ${head} pair logits: max |diff| ${diff}`);
        const before = tf.memory().numTensors;
        logits(model, ids);
        assert.equal(tf.memory().numTensors, before);
        model.model.dispose();
      }
    });
  }
}

test('float16, bfloat16 and sharded checkpoints load to the same function', async () => {
  for (const [dtype, shards] of [['F16', 1], ['BF16', 3]] as const) {
    const dir = await makeCheckpoint(ref, 'bert', 'sequence-classification', { dtype, shards, seed: 2 });
    const model = (await loadHuggingFace(dir)) as TextModel;
    const ids = paddedBatch('bert', 30);
    const diff = maxDiff(logits(model, ids), (await reference(dir, ids)).logits!);
    assert.ok(diff <= TOLERANCE, `${dtype} x${shards}: max |diff| ${diff}`);
    model.model.dispose();
  }
});

test('gelu_new and relu activations follow the config', async () => {
  for (const hidden_act of ['gelu_new', 'relu']) {
    const dir = await makeCheckpoint(ref, 'electra', 'sequence-classification', { config: { hidden_act }, seed: 3 });
    const model = (await loadHuggingFace(dir)) as TextModel;
    const ids = paddedBatch('electra', 30);
    const diff = maxDiff(logits(model, ids), (await reference(dir, ids)).logits!);
    assert.ok(diff <= TOLERANCE, `${hidden_act}: max |diff| ${diff}`);
    model.model.dispose();
  }
});

test('a loaded classifier predicts label names from id2label, from text', async () => {
  const dir = await makeCheckpoint(ref, 'roberta', 'sequence-classification');
  const model = (await loadHuggingFace(dir)) as TextModel;
  const [p] = await model.predict(['the good film']);
  assert.ok(['neg', 'neu', 'pos'].includes(p.label));
  assert.ok(Math.abs(p.scores.reduce((a, b) => a + b, 0) - 1) < 1e-5);
  model.model.dispose();
});
