import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MicroBatcher } from '../../src/deploy/micro-batcher';

test('requests that arrive together share calls of at most maxBatch items, each getting its own results', async () => {
  const calls: string[][] = [];
  const batcher = new MicroBatcher<string, string>(
    async (items) => {
      calls.push(items);
      return items.map((s) => s.toUpperCase());
    },
    { maxBatch: 3, windowMs: 5 },
  );
  const results = await Promise.all([['a'], ['b', 'c'], ['d'], ['e', 'f', 'g', 'h'], ['i']].map((items) => batcher.submit(items)));
  assert.deepEqual(results, [['A'], ['B', 'C'], ['D'], ['E', 'F', 'G', 'H'], ['I']]);
  // A request is never split; one larger than maxBatch runs alone.
  assert.deepEqual(calls, [['a', 'b', 'c'], ['d'], ['e', 'f', 'g', 'h'], ['i']]);
  assert.equal(batcher.pending, 0);
});

test('a failing call rejects only the requests in it, and later requests still run', async () => {
  const batcher = new MicroBatcher<number, number>(
    async (items) => {
      if (items.includes(-1)) throw new Error('model failed');
      return items.map((n) => n * 2);
    },
    { maxBatch: 2, windowMs: 0 },
  );
  const [bad, good] = await Promise.allSettled([batcher.submit([-1, 1]), batcher.submit([2])]);
  assert.equal(bad.status, 'rejected');
  assert.deepEqual(good, { status: 'fulfilled', value: [4] });
  assert.deepEqual(await batcher.submit([5]), [10]);
});

test('texts arriving while a call runs wait for it and then go together', async () => {
  const sizes: number[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const batcher = new MicroBatcher<number, number>(
    async (items) => {
      sizes.push(items.length);
      if (sizes.length === 1) await gate;
      return items;
    },
    { maxBatch: 8, windowMs: 0 },
  );
  const first = batcher.submit([0]);
  await new Promise((r) => setTimeout(r, 10));
  const later = [1, 2, 3].map((n) => batcher.submit([n]));
  assert.equal(batcher.pending, 3);
  release();
  await Promise.all([first, ...later]);
  assert.deepEqual(sizes, [1, 3]);
});

test('after a crowded call the next waits (up to the window) for as many requests; after a lone one, a request runs at once', async () => {
  const calls: number[][] = [];
  const batcher = new MicroBatcher<number, number>(
    async (items) => {
      calls.push(items);
      return items;
    },
    { maxBatch: 3, windowMs: 60_000 },
  );
  const tooLate = () => new Promise<'waited the window'>((r) => setTimeout(() => r('waited the window'), 5_000).unref());
  // A full batch never waits.
  await Promise.race([Promise.all([batcher.submit([1]), batcher.submit([2]), batcher.submit([3])]), tooLate()]);
  // That call took three requests: the next waits for three.
  const next = [batcher.submit([4]), batcher.submit([5])];
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(calls.length, 1, 'two requests queued, three expected: waiting for the window');
  next.push(batcher.submit([6]));
  assert.deepEqual(await Promise.race([Promise.all(next), tooLate()]), [[4], [5], [6]], 'the third request completes the batch');
  // One request of three texts fills a call on its own; after it, a lone request runs at once.
  assert.deepEqual(await Promise.race([batcher.submit([7, 8, 9]), tooLate()]), [7, 8, 9]);
  assert.deepEqual(await Promise.race([batcher.submit([10]), tooLate()]), [10]);
  assert.deepEqual(calls, [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10]]);
});

test('requests that queued during a call count as company: the next call waits for them and for the callers just answered', async () => {
  const calls: number[][] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const batcher = new MicroBatcher<number, number>(
    async (items) => {
      calls.push(items);
      if (calls.length === 1) await gate;
      return items;
    },
    { maxBatch: 8, windowMs: 60_000 },
  );
  const first = batcher.submit([1, 2, 3, 4, 5, 6, 7, 8]); // a full call runs at once
  const during = [batcher.submit([9]), batcher.submit([10])];
  release();
  await first;
  // One request was answered and two were queued: three callers are about, so the two wait for a third.
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(calls.length, 1, 'two of three expected requests queued: waiting');
  const third = batcher.submit([11]);
  assert.deepEqual(await Promise.all([...during, third]), [[9], [10], [11]]);
  assert.deepEqual(calls.slice(1), [[9, 10, 11]]);
});
