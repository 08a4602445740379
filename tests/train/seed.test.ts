// Reproducible runs: the same seeded code on the same backend gives bit-identical
// weights, in one process and across fresh processes, on the default backend
// (useBackend('auto'): native-cpu here — tfjs's wasm kernels, which run on one
// thread, plus onnxruntime's MLAS matrix products, which split a product over
// output rows and columns only, so every output sums its terms in one order for a
// fixed thread count; the thread count is fixed per process at activation).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'child_process';
import * as path from 'path';
import * as tl from '../../src/index';
import { seededRun, weightsDigest, type SeededRunResult } from './seeded-run';

function differing(a: SeededRunResult, b: SeededRunResult): string[] {
  return [...a.weights.keys()].filter((name) => {
    const x = a.weights.get(name)!;
    const y = b.weights.get(name);
    return !y || x.length !== y.length || x.some((v, i) => !Object.is(v, y[i]));
  });
}

test('two classifiers built and fine-tuned with the same seed end bit-identical; another seed differs', async () => {
  const first = await seededRun({ seed: 7 });
  const second = await seededRun({ seed: 7 });
  const other = await seededRun({ seed: 8 });
  assert.equal(first.backend, second.backend);
  assert.ok(first.weights.size > 10, `${first.weights.size} weights`);
  assert.deepEqual(differing(first, second), [], `on ${first.backend}`);
  assert.deepEqual(first.losses, second.losses);
  const changed = differing(first, other);
  assert.ok(changed.some((name) => name.startsWith('head')), `a different seed changed only ${changed.join(', ')}`);
});

test('tl.setSeed(n) alone seeds the head and the training run', async () => {
  const first = await seededRun({ globalSeed: 5 });
  const second = await seededRun({ globalSeed: 5 });
  assert.deepEqual(differing(first, second), []);
  assert.deepEqual(first.losses, second.losses);
  tl.setSeed(undefined);
  const unseeded = await seededRun({});
  assert.notDeepEqual(differing(first, unseeded), [], 'without a seed the head starts elsewhere');
});

test('fresh processes with the same seed give the same weights as this one', async () => {
  const script = path.join(__dirname, 'seeded-run.js');
  const here = weightsDigest((await seededRun({ seed: 7 })).weights);
  const runs = [0, 1].map(() => JSON.parse(execFileSync(process.execPath, [script, '7'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop()!));
  for (const run of runs) assert.equal(run.digest, here, `a fresh process on ${run.backend} ended elsewhere`);
});

test('setSeed rejects what is not a seed', () => {
  assert.throws(() => tl.setSeed(-1), /tl\.setSeed\(seed\): seed must be a non-negative integer/);
  assert.throws(() => tl.setSeed(1.5 as never), /non-negative integer/);
});
