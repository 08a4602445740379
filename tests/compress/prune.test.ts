import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { DataFrame } from 'danfojs-node';
import { tf } from '../../src/tf';
import { useBackend } from '../../src/backend';
import { dropBlocks, prune, type PruningRecord } from '../../src/compress';
import { useLiteBlocks } from '../../src/compress/use-lite-blocks';
import { load, save } from '../../src/deploy';
import { classifier } from '../../src/models/heads';
import { loadUseLite } from '../../src/models/use-lite';
import type { TextModel } from '../../src/models/types';
import { fixtureTextModel } from '../deploy/fixtures/text-model';
import { tempDir } from '../deploy/fixtures/temp-dir';

const TEXTS = ['A wonderful, moving film.', 'Dull and far too long; I left early.', 'ok', ''];

async function useLiteClassifier(): Promise<TextModel> {
  await useBackend('wasm', { silent: true });
  return classifier(await loadUseLite(), { labels: ['neg', 'pos'], maxLength: 32, seed: 3 });
}

const scores = async (m: TextModel) => (await m.predict(TEXTS)).map((p) => p.scores);
const shapes = (m: TextModel) => useLiteBlocks(m, 'test').blocks.map((b) => [b.heads, b.ffnDim]);

test('sparsity 0 rebuilds the same model; 0.5 removes half the heads and FFN units with really smaller weights', async () => {
  const clf = await useLiteClassifier();
  const before = tf.memory().numTensors;
  const same = await prune(clf, { sparsity: 0 });
  assert.deepEqual(await scores(same), await scores(clf));
  same.model.dispose();
  assert.equal(tf.memory().numTensors, before, 'no tensors left behind');

  for (const scope of ['global', 'layer'] as const) {
    const pruned = await prune(clf, { method: 'magnitude', sparsity: 0.5, scope });
    const record = pruned.config.pruning as PruningRecord;
    assert.deepEqual(record.heads, { before: 8, after: 4 });
    assert.deepEqual(record.ffnUnits, { before: 3072, after: 1536 });
    assert.ok(record.params.after < record.params.before);
    if (scope === 'layer') assert.deepEqual(shapes(pruned), [[2, 768], [2, 768]]);
    const block = useLiteBlocks(pruned, 'test').blocks[1];
    const q = block.getWeights()[block.weightNames().indexOf('q_kernel')];
    assert.deepEqual(q.shape, [512, block.heads * block.headDim]);
    const p = await scores(pruned);
    assert.notDeepEqual(p, await scores(clf));
    p.forEach((row) => assert.ok(Math.abs(row[0] + row[1] - 1) < 1e-5));
    pruned.model.dispose();
  }
});

test('a pruned model saves and loads with its smaller shapes, and recovers with a fine-tune', async () => {
  const clf = await useLiteClassifier();
  const train = new DataFrame({ text: ['great film', 'awful film', 'loved it', 'hated it'], label: ['pos', 'neg', 'pos', 'neg'] });
  const pruned = await prune(clf, { sparsity: 0.5, scope: 'layer', recover: train, recoverOptions: { epochs: 1, batchSize: 4, seed: 1, silent: true } });
  assert.equal((pruned.config.pruning as PruningRecord).recovered, true);
  const dir = path.join(tempDir(), 'pruned');
  await save(pruned, dir);
  const loaded = await load(dir);
  assert.deepEqual(shapes(loaded), [[2, 768], [2, 768]]);
  assert.deepEqual(await scores(loaded), await scores(pruned));
});

test('dropBlocks keeps the first blocks and copies the rest of the weights', async () => {
  const clf = await useLiteClassifier();
  const shallow = await dropBlocks(clf, { keep: 1 });
  assert.equal(useLiteBlocks(shallow, 'test').blocks.length, 1);
  assert.deepEqual(
    shallow.model.getLayer('head').getWeights().map((w) => Array.from(w.dataSync())),
    clf.model.getLayer('head').getWeights().map((w) => Array.from(w.dataSync())),
  );
  await assert.rejects(dropBlocks(clf, { keep: 2 }), /options\.keep must be an integer from 1 to 1/);
});

test('sparsity outside [0, 1), a missing sparsity or a model without USE-lite blocks is a clear error', async () => {
  const clf = await useLiteClassifier();
  await assert.rejects(prune(clf, { sparsity: 1 }), /options\.sparsity.*\[0, 1\)/);
  await assert.rejects(prune(clf, { sparsity: -0.1 }), /options\.sparsity.*\[0, 1\)/);
  await assert.rejects(prune(clf, {} as never), /options\.sparsity is required/);
  await assert.rejects(prune(clf, { sparsity: 0.5, scope: 'row' as never }), /options\.scope/);
  await assert.rejects(prune(fixtureTextModel(), { sparsity: 0.5 }), /classifier on USE-lite/);
});
