import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { classifier, tokenClassifier, type TokenSequencePrediction } from '../../src/models/heads';
import { loadUseLite } from '../../src/models/use-lite';
import { tokenOffsets } from '../../src/tokenizers/offsets';
import type { TextModel } from '../../src/models/types';

const LABELS = ['O', 'B-PER', 'I-PER'];
const TRICKY = ['Zoë  met 李雷 🚀 in São Paulo.', 'Cafe\u0301 owner Jean-Luc Picard, 2024!', '   ', 'ÉCOLE   Ünïcode ﬁne'];

/** Makes every token's tag `label` whatever its state: zero kernel, a bias that wins by far. */
function forceLabel(model: TextModel, label: string): void {
  const dense = model.model.getLayer('head') as tf.LayersModel;
  const out = dense.getLayer('head_output');
  const [kernel] = out.getWeights();
  const k = LABELS.indexOf(label);
  const values = [tf.zerosLike(kernel), tf.tensor1d(LABELS.map((_, j) => (j === k ? 20 : 0)))];
  out.setWeights(values);
  tf.dispose(values);
}

/** The whitespace-separated chunks of a text with their spans. */
function chunks(text: string): Array<[string, number, number]> {
  return [...text.matchAll(/\S+/g)].map((m) => [m[0], m.index!, m.index! + m[0].length]);
}

test('USE-lite tagger: entities and tokens carry exact UTF-16 offsets on tricky strings, for every aggregation', async () => {
  const base = await loadUseLite();
  const tagger = tokenClassifier(base, { labels: LABELS, seed: 3 });
  assert.equal(tagger.config.aggregation, 'simple');
  const before = tf.memory().numTensors;
  for (const aggregation of ['none', 'simple', 'first', 'max', 'average'] as const) {
    const out = (await tagger.predict(TRICKY, { aggregation })) as TokenSequencePrediction[];
    out.forEach((p, i) => {
      const enc = tokenOffsets(base.tokenizer, TRICKY[i]);
      assert.deepEqual(p.tokens.map((t) => t.token), enc.tokens);
      p.tokens.forEach((t, k) => assert.deepEqual(t.start === undefined ? null : [t.start, t.end], enc.offsets[k]));
      for (const e of p.entities) {
        assert.equal(e.text, TRICKY[i].slice(e.start, e.end));
        assert.ok(e.end > e.start && e.score > 0 && e.score <= 1);
      }
    });
  }
  assert.equal(tf.memory().numTensors, before, 'predict leaks no tensors');

  // All B-PER: 'first' makes one entity per word (pieces glued together fuse), 'simple' one per piece.
  forceLabel(tagger, 'B-PER');
  const [first] = (await tagger.predict([TRICKY[0]], { aggregation: 'first' })) as TokenSequencePrediction[];
  assert.deepEqual(first.entities.map((e) => [e.text, e.start, e.end]), chunks(TRICKY[0]));
  first.entities.forEach((e) => assert.equal(e.type, 'PER'));
  const [simple] = (await tagger.predict([TRICKY[0]], { aggregation: 'simple' })) as TokenSequencePrediction[];
  assert.equal(simple.entities.length, simple.tokens.filter((t) => t.start !== undefined && t.end! > t.start).length);
  // All I-PER: one entity from the first real token to the last.
  forceLabel(tagger, 'I-PER');
  const texts = TRICKY.filter((t) => t.trim() !== '');
  const all = (await tagger.predict(texts)) as TokenSequencePrediction[];
  all.forEach((p, i) => {
    const spans = chunks(texts[i]);
    assert.deepEqual(p.entities.map((e) => [e.type, e.start, e.end]), [['PER', spans[0][1], spans[spans.length - 1][2]]]);
  });
  const [blank] = (await tagger.predict(['   '])) as TokenSequencePrediction[];
  assert.deepEqual(blank.entities, []);
  await assert.rejects(tagger.predict(['x'], { aggregation: 'longest' as never }), /aggregation/);
  base.dispose();
});

test("tokenClassifier's aggregation option is the predict default; classifiers reject it", async () => {
  const base = await loadUseLite();
  const tagger = tokenClassifier(base, { labels: LABELS, aggregation: 'none' });
  forceLabel(tagger, 'I-PER');
  const [p] = (await tagger.predict(['Ann Lee'])) as TokenSequencePrediction[];
  assert.deepEqual(p.entities.map((e) => [e.type, e.text]), [['I-PER', 'Ann'], ['I-PER', 'Lee']]);
  assert.throws(() => tokenClassifier(base, { labels: LABELS, aggregation: 'all' as never }), /aggregation/);
  await assert.rejects(classifier(base, { labels: ['neg', 'pos'] }).predict(['fine'], { aggregation: 'first' }), /aggregation/);
  base.dispose();
});
