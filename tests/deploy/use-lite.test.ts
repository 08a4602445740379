import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs, mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tf } from '../../src/tf';
import { useBackend } from '../../src/backend';
import { load, save } from '../../src/deploy';
import { classifier } from '../../src/models/heads';
import { loadUseLite } from '../../src/models/use-lite';

test('a USE-lite classifier (custom layers) saves and loads with bit-identical probabilities on wasm', async () => {
  await useBackend('wasm', { silent: true });
  const clf = classifier(await loadUseLite(), { labels: ['neg', 'pos', 'mixed'], maxLength: 32 });
  const texts = ['A wonderful, moving film.', 'Dull and far too long; I left early.', 'ok'];
  const root = mkdtempSync(path.join(os.tmpdir(), 'transferlab-use-lite-'));
  try {
    await save(clf, path.join(root, 'model'));
    const loaded = await load(path.join(root, 'model'));
    const ids = clf.encode(texts);
    const probs = (m: tf.LayersModel) => tf.tidy(() => Array.from((m.predict(ids) as tf.Tensor).dataSync()));
    assert.deepEqual(probs(loaded.model), probs(clf.model));
    ids.dispose();
    assert.deepEqual(await loaded.predict(texts), await clf.predict(texts));
    assert.equal(loaded.saved.backend, 'wasm');
    assert.equal(loaded.saved.card.base, 'use-lite');
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
});
