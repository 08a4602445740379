// QA windows worked out by hand with a word tokenizer (one token per word):
// <oov> q <oov> + 4 context tokens per window, stride 2, so windows start at
// context tokens 0, 2 and 4 of 8.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordTokenizer } from '../../src/tokenizers';
import { answerTokens, pairTemplate, qaFeatures, qaTensors } from '../../src/data/qa-features';
import { loadTokenizer } from '../../src/models/huggingface';
import { tempDir, writeTokenizer } from '../huggingface/fixtures';

const words = ['who', 'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];
const tok = new WordTokenizer(words);
const context = 'zero one two three four five six seven';
const options = { maxLength: 7, stride: 2 };
const at = (text: string) => ({ text: [text], answerStart: [context.indexOf(text)] });

test('windows overlap by the stride and cover the context', () => {
  const f = qaFeatures(tok, [{ question: 'who', context }], options);
  assert.equal(f.length, 3);
  // who=2, zero=3, ...: window 2 holds context tokens 2..5 (two three four five).
  assert.deepEqual(f[1].ids, [1, 2, 1, 5, 6, 7, 8]);
  assert.deepEqual([f[1].contextStart, f[1].contextEnd], [3, 7]);
  assert.deepEqual(f[1].offsets.slice(3).map((o) => context.slice(o![0], o![1])), ['two', 'three', 'four', 'five']);
  assert.deepEqual(f[1].offsets.slice(0, 3), [null, null, null]);
});

test('an answer crossing a window edge is labelled only in the window that holds it whole', () => {
  // 'three four' = context tokens 3 and 4: window 0 (0..3) cuts it, window 1 (2..5) holds it, window 2 (4..7) cuts it.
  const f = qaFeatures(tok, [{ question: 'who', context, answers: at('three four') }], options);
  assert.deepEqual(f.map((x) => [x.startPosition, x.endPosition]), [[0, 0], [4, 5], [0, 0]]);
});

test('an answer inside the last window, and a v2 question with no answer (every window points at token 0)', () => {
  const f = qaFeatures(tok, [{ question: 'who', context, answers: at('seven') }, { question: 'who', context, answers: { text: [], answerStart: [] } }], options);
  assert.deepEqual(f.map((x) => [x.example, x.startPosition, x.endPosition]), [[0, 0, 0], [0, 0, 0], [0, 6, 6], [1, 0, 0], [1, 0, 0], [1, 0, 0]]);
  const { x, y } = qaTensors(tok, f, 7);
  assert.deepEqual(x.shape, [6, 7]);
  assert.deepEqual(Array.from(y.dataSync()).slice(0, 6), [0, 0, 0, 0, 6, 6]);
  x.dispose();
  y.dispose();
});

test('answer tokens: a character span inside tokens maps to the tokens that cover it', () => {
  const offsets: Array<[number, number]> = [[0, 4], [5, 8], [8, 11], [12, 15]];
  assert.deepEqual(answerTokens(offsets, 5, 11), [1, 2]);
  assert.deepEqual(answerTokens(offsets, 9, 14), [2, 3]);
  assert.equal(answerTokens(offsets, 0, 20), undefined);
});

test('errors say what to change; BERT pairs are [CLS] q [SEP] c [SEP]', async () => {
  assert.throws(() => qaFeatures(tok, [{ question: 'who', context }], { maxLength: 3, stride: 0 }), /leaves no room for the context/);
  assert.throws(() => qaFeatures(tok, [{ question: 'who', context }], { maxLength: 7, stride: 4 }), /stride 4 must be/);
  const dir = await tempDir('qa-bert');
  await writeTokenizer(dir, 'bert');
  const bert = await loadTokenizer(dir);
  assert.deepEqual(pairTemplate(bert), { prefix: [2], middle: [3], suffix: [3] });
  const [f] = qaFeatures(bert, [{ question: 'the film', context: 'good', answers: { text: ['good'], answerStart: [0] } }], { maxLength: 16, stride: 2 });
  assert.deepEqual(f.ids, bert.encodePair('the film', 'good').ids);
  assert.deepEqual([f.startPosition, f.endPosition], [4, 4]);
});
