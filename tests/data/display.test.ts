import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, DataFrame } from '../../src/data';
import { toMimeBundle, isDisplayable } from '../../src/display';
import { tf } from '../../src/tf';

function html(value: unknown): string {
  return String(toMimeBundle(value)['text/html']);
}

test('a long DataFrame shows the first and last 5 rows, the shape and the dtypes', () => {
  const n = 100;
  const df = new DataFrame({ text: Array.from({ length: n }, (_, i) => `review number ${i}`), stars: Array.from({ length: n }, (_, i) => i % 5) });
  const page = html(df);
  const rowHeads = [...page.matchAll(/<tr><th>([^<]*)<\/th>/g)].map((m) => m[1]);
  assert.deepEqual(rowHeads, ['0', '1', '2', '3', '4', '...', '95', '96', '97', '98', '99']);
  assert.match(page, /<p>100 rows × 2 columns<\/p>/);
  assert.match(page, /<tr class="dtypes"><th><\/th><th>string<\/th><th>int32<\/th><\/tr>/);
  assert.match(page, /class="dataframe"/);
  const text = String(toMimeBundle(df)['text/plain']);
  assert.match(text, /review number 99/);
  assert.doesNotMatch(text, /review number 50/);
  assert.match(text, /100 rows × 2 columns\ndtypes: text: string, stars: int32/);
});

test('a short DataFrame shows every row; derived frames (head, iloc) display too', () => {
  const df = new DataFrame({ a: [1, 2, 3] });
  assert.ok(isDisplayable(df.head(2)));
  assert.deepEqual([...html(df).matchAll(/<tr><th>(\d+)<\/th>/g)].map((m) => m[1]), ['0', '1', '2']);
  assert.match(html(df.head(2)), /2 rows × 1 columns/);
});

test('long text is truncated, with the full text (escaped) on hover', () => {
  const long = `<b>This</b> "film" is ${'very '.repeat(30)}long`;
  const page = html(new DataFrame({ text: [long, 'short'] }));
  const cell = /<td title="([^"]*)">([^<]*)<\/td>/.exec(page);
  assert.ok(cell, page);
  assert.equal(cell[1], long.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
  assert.ok(cell[2].endsWith('…'));
  assert.ok(cell[2].length <= 50 + 30, 'shown text is short (escaping aside)');
  assert.match(page, /<td>short<\/td>/);
  assert.doesNotMatch(page, /<b>This/, 'cell HTML is escaped');
});

test('a Series displays as a one-column table with name, length and dtype', () => {
  const s = new DataFrame({ label: ['neg', 'pos', 'pos'] }).column('label');
  const bundle = toMimeBundle(s);
  assert.match(String(bundle['text/html']), /<th>label<\/th>/);
  assert.match(String(bundle['text/html']), /Name: label, Length: 3, dtype: string/);
  assert.match(String(bundle['text/plain']), /0\s+neg\n1\s+pos\n2\s+pos/);
});

test('a tensor shows shape, dtype and summarized values; a disposed one says so', () => {
  const t = tf.range(0, 1000).reshape([10, 100]);
  const bundle = toMimeBundle(t);
  const text = String(bundle['text/plain']);
  assert.match(text, /^tf\.Tensor float32 \[10, 100\]\n/);
  assert.match(text, /\[\[0\s*, 1\s*, 2\s*, \.\.\., 97\s*, 98\s*, 99\s*\],/);
  assert.doesNotMatch(text, /\b50\b/, 'middle values are summarized away');
  assert.match(String(bundle['text/html']), /shape \[10, 100\] · dtype float32 · size 1000/);
  t.dispose();
  assert.match(String(toMimeBundle(t)['text/plain']), /tf\.Tensor float32 \[10, 100\] \(disposed\)/);
});

test('describe gives per-column statistics with text lengths and label counts', () => {
  const df = new DataFrame({ text: ['a b c', 'd e', 'f'], label: ['pos', 'neg', 'pos'], score: [1, 2, 6] });
  const description = data.describe(df);
  const [text, label, score] = description.columns;
  assert.deepEqual(text.words, { mean: 2, min: 1, max: 3 });
  assert.deepEqual(text.chars, { mean: 3, min: 1, max: 5 });
  assert.deepEqual(label.counts, { pos: 2, neg: 1 });
  assert.equal(score.mean, 3);
  assert.equal(score.std, Math.sqrt(7));
  assert.deepEqual([score.min, score.max, score.missing, score.unique], [1, 6, 0, 3]);
  const bundle = toMimeBundle(description);
  assert.match(String(bundle['text/html']), /<th>label<\/th><td>string<\/td><td>3<\/td><td>0<\/td><td>2<\/td>.*pos: 2, neg: 1/);
  assert.match(String(bundle['text/plain']), /3 rows$/);
});

test('a wide DataFrame shows the first and last 10 columns', () => {
  const columns = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`c${i}`, [i]]));
  const head = /<thead><tr[^>]*>(.*?)<\/tr>/.exec(html(new DataFrame(columns)))![1];
  const names = [...head.matchAll(/<th>([^<]*)<\/th>/g)].map((m) => m[1]);
  assert.deepEqual(names, ['', 'c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', '...', 'c15', 'c16', 'c17', 'c18', 'c19', 'c20', 'c21', 'c22', 'c23', 'c24']);
});
