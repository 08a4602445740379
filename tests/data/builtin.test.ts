import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datasets, data } from '../../src/data';
import { fixWindows1252 } from '../../src/data/imdb';
import { tempDir, warnings, writeFile } from './helpers';

test('imdb: fixed stratified 25,000/25,000 train/test split; only repeated reviews appear on both sides', async () => {
  const all = await datasets.load('imdb', { split: 'all' });
  assert.deepEqual(all.shape, [50000, 2]);
  const train = await datasets.load('imdb');
  const heldOut = await datasets.load('imdb', { split: 'test' });
  for (const part of [train, heldOut]) {
    assert.equal(part.shape[0], 25000);
    assert.deepEqual(data.classBalance(part).values, [['neg', 12500, 0.5], ['pos', 12500, 0.5]]);
  }
  // The corpus itself repeats some reviews verbatim: only those may appear on both sides.
  const copies = new Map<string, number>();
  for (const t of all.column('text').values as string[]) copies.set(t, (copies.get(t) ?? 0) + 1);
  const trainTexts = new Set(train.column('text').values as string[]);
  const shared = (heldOut.column('text').values as string[]).filter((t) => trainTexts.has(t));
  assert.ok(shared.every((t) => copies.get(t)! >= 2));
  assert.doesNotMatch(String(train.column('text').values[0]), /<br ?\/>/i);
  const texts = all.column('text').values as string[];
  assert.equal(texts.filter((t) => /[\u0080-\u009f]/.test(t)).length, 0, 'no C1 control characters left');
  assert.ok(texts.filter((t) => /[–—…]/.test(t)).length > 1000, 'the dashes and ellipses they stood for are there');
});

test('imdb: Windows-1252 punctuation decoded as C1 controls is repaired', () => {
  assert.equal(fixWindows1252('a\u0096b\u0097c\u0085 \u0091hi\u0092 \u0093yo\u0094 \u0080 \u0084'), 'a–b—c… ‘hi’ “yo” € „');
  assert.equal(fixWindows1252('Slavoj \u008ei\u009eek'), 'Slavoj Žižek');
  assert.equal(fixWindows1252(':\u008d ok\u0081'), ': ok', 'bytes Windows-1252 leaves unassigned are dropped');
  assert.equal(fixWindows1252('café – plain'), 'café – plain');
});

test('dedupe: drops exact duplicate texts with a warning; imdb dedupes before its train/test cut', async (t) => {
  const { result: all, warned } = await warnings(() => datasets.load('imdb', { split: 'all', dedupe: true }));
  const texts = all.column('text').values as string[];
  assert.equal(new Set(texts).size, texts.length);
  const dropped = 50000 - texts.length;
  assert.ok(dropped > 300 && dropped < 600, `dropped ${dropped}`);
  assert.deepEqual(warned, [`transferlab: dropped ${dropped} rows with duplicate text from imdb (dedupe: true)`]);
  const train = new Set((await warnings(() => datasets.load('imdb', { dedupe: true }))).result.column('text').values as string[]);
  const heldOut = (await warnings(() => datasets.load('imdb', { split: 'test', dedupe: true }))).result.column('text').values as string[];
  assert.equal(heldOut.filter((x) => train.has(x)).length, 0, 'no review on both sides');
  assert.equal(train.size + heldOut.length, texts.length);

  const file = writeFile(tempDir(t), 'reviews.csv', 'text,label\ngood,pos\nbad,neg\ngood,pos\ngood,neg\nfine,pos\n');
  const kept = await warnings(() => datasets.load(file));
  assert.equal(kept.result.shape[0], 5, 'off by default');
  assert.deepEqual(kept.warned, []);
  const deduped = await warnings(() => datasets.load(file, { dedupe: true }));
  assert.deepEqual(deduped.result.column('text').values, ['good', 'bad', 'fine']);
  assert.deepEqual(deduped.result.column('label').values, ['pos', 'neg', 'pos'], 'the first occurrence stays');
  assert.equal(deduped.warned.length, 1);
  assert.match(deduped.warned[0], /dropped 2 rows with duplicate text from .*reviews\.csv \(dedupe: true\)/);
});

test('imdb limit is a seeded stratified random sample, never the first rows', async () => {
  const a = await datasets.load('imdb', { limit: 200, seed: 1 });
  const b = await datasets.load('imdb', { limit: 200, seed: 1 });
  const c = await datasets.load('imdb', { limit: 200, seed: 2 });
  assert.deepEqual(data.classBalance(a).values, [['neg', 100, 0.5], ['pos', 100, 0.5]]);
  assert.deepEqual(a.column('text').values, b.column('text').values);
  assert.notDeepEqual(a.column('text').values, c.column('text').values);
  // The package lists 25,000 negative reviews first: the first 200 rows would all be 'neg'.
  await assert.rejects(datasets.load('imdb', { split: 'validation' }), /split 'validation' is not one of 'train', 'test', 'all'/);
  await assert.rejects(datasets.load('imdb', { limit: 0 }), /limit must be a positive integer/);
});

test('spam-assassin: subject and body text, ham/spam labels, fixed held-out test split by group', async () => {
  const train = await datasets.load('spam-assassin');
  const heldOut = await datasets.load('spam-assassin', { split: 'test' });
  assert.deepEqual(train.columns, ['text', 'label', 'group']);
  const total = train.shape[0] + heldOut.shape[0];
  assert.ok(total > 5800 && total <= 6046, `total ${total}`);
  assert.ok(Math.abs(heldOut.shape[0] - total * 0.2) <= 5);
  const texts = new Set(train.column('text').values as string[]);
  assert.equal((heldOut.column('text').values as string[]).filter((t) => texts.has(t)).length, 0, 'no message in both splits');
  const labels = new Set(train.column('label').values as string[]);
  assert.deepEqual([...labels].sort(), ['ham', 'spam']);
  const groups = data.describe(heldOut).columns[2].counts!;
  assert.deepEqual(Object.keys(groups).sort(), ['easy-ham-1', 'easy-ham-2', 'hard-ham-1', 'spam-1', 'spam-2']);
  const sample = String(train.column('text').values[0]);
  assert.doesNotMatch(sample, /^(Return-Path|Received|From ):?/m, 'headers other than the subject are gone');
});
