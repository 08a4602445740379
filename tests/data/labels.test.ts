import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, DataFrame } from '../../src/data';

test('encodeLabels sorts distinct labels (numerically for numbers) or follows a given list', () => {
  const df = new DataFrame({ label: ['pos', 'neg', 'pos', 'neutral'] });
  assert.deepEqual(data.encodeLabels(df), { labels: ['neg', 'neutral', 'pos'], ids: [2, 0, 2, 1] });
  assert.deepEqual(data.encodeLabels(df, { labels: ['pos', 'neg', 'neutral'] }).ids, [0, 1, 0, 2]);
  const numeric = new DataFrame({ y: [10, 2, 1, 2] });
  assert.deepEqual(data.encodeLabels(numeric, { label: 'y' }), { labels: ['1', '2', '10'], ids: [2, 1, 0, 1] });
});

test('labels unseen in training, mixed label types and missing labels are errors', () => {
  const df = new DataFrame({ label: ['pos', 'neg', 'meh'] });
  assert.throws(() => data.encodeLabels(df, { labels: ['neg', 'pos'] }), /label 'meh' at row 2 of column 'label' was not seen in training \(known labels: neg, pos\)/);
  const mixed = new DataFrame([{ label: 'pos' }, { label: 1 }]);
  assert.throws(() => data.encodeLabels(mixed), /label column 'label' mixes types: string at row 0 \("pos"\) and number at row 1 \(1\)/);
  const gap = new DataFrame({ label: ['pos', null, 'neg'] });
  assert.throws(() => data.encodeLabels(gap), /label column 'label' has no value at row 1/);
  assert.throws(() => data.encodeLabels(df, { label: 'sentiment' }), /label 'sentiment' is not in the DataFrame; columns present: 'label'/);
});

test('classBalance counts rows per label with fractions', () => {
  const df = new DataFrame({ label: ['b', 'a', 'b', 'b'] });
  const balance = data.classBalance(df, 'label');
  assert.deepEqual(balance.columns, ['label', 'count', 'fraction']);
  assert.deepEqual(balance.values, [['a', 1, 0.25], ['b', 3, 0.75]]);
});

test('textLengths counts words, or tokens with a tokenizer, and refuses empty text', async () => {
  const { wordTokenizer } = await import('./helpers');
  const df = new DataFrame({ text: ['one two three', 'four', 'five six'] });
  const words = data.textLengths(df);
  assert.equal(words.unit, 'words');
  assert.deepEqual(words.lengths, [3, 1, 2]);
  assert.deepEqual([words.min, words.max, words.mean, words.median], [1, 3, 2, 2]);
  const chars = { kind: 'chars', padId: 0, vocabSize: 256, tokenize: (t: string) => [...t], encode: (t: string) => [...t].map((c) => c.charCodeAt(0)), toJSON: () => ({ kind: 'chars' }) };
  assert.deepEqual(data.textLengths(df, { tokenizer: chars }).lengths, [13, 4, 8]);
  assert.equal(data.textLengths(df, { tokenizer: wordTokenizer() }).unit, 'tokens');
  assert.throws(() => data.textLengths(new DataFrame({ text: ['a', ''] })), /text column 'text' is empty at row 1/);
});
