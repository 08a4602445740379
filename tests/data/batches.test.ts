import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, DataFrame, type TextBatch } from '../../src/data';
import { tf } from '../../src/tf';
import { warnings, wordTokenizer } from './helpers';

function reviews(n: number): DataFrame {
  // Lengths 1..12 words, varied so bucketing has something to do.
  const text = Array.from({ length: n }, (_, i) => Array.from({ length: 1 + ((i * 7) % 12) }, (_, w) => `w${(i + w) % 30}`).join(' '));
  return new DataFrame({ text, label: text.map((_, i) => (i % 3 === 0 ? 'pos' : 'neg')) });
}

function padCells(batches: TextBatch[]): number {
  return batches.reduce((sum, b) => sum + b.ids.size - (b.ids.dataSync() as Int32Array).filter((v) => v !== 0).length, 0);
}

test('toTensors pads with padId, truncates to maxLength, covers every row once', () => {
  const before = tf.memory().numTensors;
  const df = reviews(50);
  const tokenizer = wordTokenizer();
  const batches = data.toTensors(df, tokenizer, { maxLength: 8, batchSize: 16 });
  try {
    assert.deepEqual(batches.map((b) => b.ids.shape[0]), [16, 16, 16, 2]);
    for (const b of batches) {
      assert.equal(b.ids.dtype, 'int32');
      assert.equal(b.labels.dtype, 'int32');
      assert.ok(b.ids.shape[1] <= 8);
      assert.equal(b.labels.shape[0], b.indices.length);
    }
    assert.deepEqual(batches.flatMap((b) => b.indices).sort((a, c) => a - c), Array.from({ length: 50 }, (_, i) => i));
    // Row 1 has 8 words: exactly maxLength. Row 3 has 10 and is cut to its first 8.
    const first = batches[0].ids.arraySync();
    assert.deepEqual(first[3], tokenizer.encode(df.column('text').values[3] as string).slice(0, 8));
    assert.deepEqual(first[0].slice(1), Array(first[0].length - 1).fill(0), 'one-word row 0 is padded with padId 0');
    const labels = data.encodeLabels(df).ids;
    batches.forEach((b) => assert.deepEqual(Array.from(b.labels.dataSync()), b.indices.map((i) => labels[i])));
  } finally {
    tf.dispose(batches);
  }
  assert.equal(tf.memory().numTensors, before, 'disposing the batches frees every tensor');
});

test("padding 'max_length' always pads to maxLength; truncation: false refuses long rows", () => {
  const df = reviews(10);
  const batches = data.toTensors(df, wordTokenizer(), { maxLength: 20, padding: 'max_length', batchSize: 4 });
  assert.ok(batches.every((b) => b.ids.shape[1] === 20));
  tf.dispose(batches);
  assert.throws(() => data.toTensors(df, wordTokenizer(), { maxLength: 5, truncation: false }), /row 1 has 8 tokens, more than maxLength 5; pass truncation: true/);
});

test('bucketByLength groups similar lengths: less padding, same rows', () => {
  const df = reviews(120);
  const plain = data.toTensors(df, wordTokenizer(), { batchSize: 16, shuffle: true, seed: 1 });
  const bucketed = data.toTensors(df, wordTokenizer(), { batchSize: 16, bucketByLength: true, shuffle: true, seed: 1 });
  try {
    assert.ok(padCells(bucketed) < padCells(plain) / 4, `bucketed ${padCells(bucketed)} vs plain ${padCells(plain)}`);
    assert.deepEqual(bucketed.flatMap((b) => b.indices).sort((a, c) => a - c), plain.flatMap((b) => b.indices).sort((a, c) => a - c));
  } finally {
    tf.dispose([plain, bucketed]);
  }
});

test('toTensors: fixed label order, unseen labels, empty text and missing columns', async () => {
  const df = new DataFrame({ text: ['good film', 'bad', '', 'fine'], label: ['pos', 'neg', 'pos', 'meh'] });
  assert.throws(() => data.toTensors(df, wordTokenizer()), /text column 'text' is empty at row 2/);
  await warnings(() => assert.throws(() => data.toTensors(df, wordTokenizer(), { dropEmpty: true, labels: ['neg', 'pos'] }), /label 'meh' at row 3 .*not seen in training/));
  assert.throws(() => data.toTensors(df, wordTokenizer(), { textColumn: 'review' }), /textColumn 'review' is not in the DataFrame; columns present: 'text', 'label'/);
  const { result, warned } = await warnings(() => data.toTensors(df, wordTokenizer(), { dropEmpty: true, labels: ['neg', 'pos', 'meh'] }));
  assert.deepEqual(result[0].indices, [0, 1, 3]);
  assert.deepEqual(Array.from(result[0].labels.dataSync()), [1, 0, 2]);
  assert.match(warned.join('\n'), /dropped 1 rows with empty text/);
  tf.dispose(result);
});
