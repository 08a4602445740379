// lengthBatches: every item once, batches no larger than asked, and the split
// of the length-sorted items that is cheapest under the call cost — checked
// against every contiguous split of small random inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { lengthBatches, runInLengthBatches } from '../../src/models/batching';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function cost(batches: number[][], lengths: number[], callCost: number): number {
  return batches.reduce((sum, b) => sum + callCost + b.length * Math.max(1, ...b.map((i) => lengths[i])), 0);
}

/** The cheapest cost over every split of the sorted lengths into runs of at most batchSize. */
function bruteForce(sorted: number[], batchSize: number, callCost: number): number {
  let best = Infinity;
  const walk = (from: number, sum: number): void => {
    if (from === sorted.length) best = Math.min(best, sum);
    for (let to = from + 1; to <= Math.min(sorted.length, from + batchSize); to++) walk(to, sum + callCost + (to - from) * Math.max(1, sorted[to - 1]));
  };
  walk(0, 0);
  return best;
}

function assertPartition(batches: number[][], lengths: number[], batchSize: number): void {
  assert.deepEqual(batches.flat().sort((a, b) => a - b), lengths.map((_, i) => i), 'every item exactly once');
  for (const b of batches) assert.ok(b.length >= 1 && b.length <= batchSize, `batch of ${b.length} with batchSize ${batchSize}`);
}

test('lengthBatches with a finite call cost finds the cheapest split (against brute force on 300 random inputs)', () => {
  const next = random(7);
  for (let trial = 0; trial < 300; trial++) {
    const n = 1 + Math.floor(next() * 11);
    const lengths = Array.from({ length: n }, () => Math.floor(next() * 60));
    const batchSize = 1 + Math.floor(next() * 6);
    const callCost = Math.floor(next() * 100);
    const batches = lengthBatches(lengths, batchSize, { callCost });
    assertPartition(batches, lengths, batchSize);
    const sorted = [...lengths].sort((a, b) => a - b);
    assert.equal(cost(batches, lengths, callCost), bruteForce(sorted, batchSize, callCost), `lengths [${lengths}], batchSize ${batchSize}, callCost ${callCost}`);
  }
});

test('lengthBatches without a call cost makes as few calls as batchSize allows, then pads least', () => {
  const next = random(11);
  for (let trial = 0; trial < 100; trial++) {
    const lengths = Array.from({ length: 1 + Math.floor(next() * 40) }, () => Math.floor(next() * 200));
    const batchSize = 1 + Math.floor(next() * 8);
    const batches = lengthBatches(lengths, batchSize);
    assertPartition(batches, lengths, batchSize);
    assert.equal(batches.length, Math.ceil(lengths.length / batchSize));
  }
  // Two long texts among eight: the full batch goes to the short ones.
  assert.deepEqual(lengthBatches([3, 100, 3, 3, 3, 3, 99, 3, 3, 3], 8), [[0, 2, 3, 4, 5, 7, 8, 9], [6, 1]]);
});

test('a call cost decides between padding short texts and another call', () => {
  const lengths = [5, 5, 5, 5, 50, 50];
  assert.deepEqual(lengthBatches(lengths, 8, { callCost: 10 }), [[0, 1, 2, 3], [4, 5]], 'padding 4 x 45 positions costs more than a call');
  assert.deepEqual(lengthBatches(lengths, 8, { callCost: 1000 }), [[0, 1, 2, 3, 4, 5]], 'a call costs more than the padding');
  assert.throws(() => lengthBatches(lengths, 0), /batchSize must be a positive integer, got 0/);
});

test('runInLengthBatches returns rows in the caller\'s order and leaks nothing', () => {
  const ids = [[1, 2, 3], [4], [5, 6, 7, 8, 9, 10], [11, 12]];
  const before = tf.memory().numTensors;
  const out = runInLengthBatches(ids, 2, (batch) => tf.tensor1d(batch.map((row) => row[0])), { callCost: 1 });
  assert.deepEqual(Array.from(out.dataSync()), [1, 4, 5, 11]);
  out.dispose();
  assert.equal(tf.memory().numTensors, before);
});
