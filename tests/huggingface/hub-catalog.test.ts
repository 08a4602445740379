import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog, isAvailableOffline } from '../../src/models/catalog';
import { HUGGING_FACE_ENTRIES, resolveHuggingFace } from '../../src/models/huggingface/hub';
import { tempDir, withEnv } from '../models/helpers';
import { bertLike } from './hub-fixtures';
import { startFakeHub } from './hub-server';

const NAMES = [
  'bert-base-uncased',
  'distilbert-base-uncased',
  'roberta-base',
  'xlm-roberta-base',
  'sentence-transformers/all-MiniLM-L6-v2',
  'sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2',
  'distilbert-base-uncased-finetuned-sst-2-english',
  'dslim/bert-base-NER',
  'distilbert-base-cased-distilled-squad',
];

test('the hub catalog entries cover the nine checkpoints with size, licence, task and languages', () => {
  assert.deepEqual(HUGGING_FACE_ENTRIES.map((e) => e.name), NAMES);
  for (const entry of HUGGING_FACE_ENTRIES) {
    assert.equal(entry.source.kind, 'huggingface');
    assert.ok(entry.sizeBytes > 4 * entry.parameters * 0.98, `${entry.name}: float32 weights need ~4 bytes a parameter`);
    assert.ok(entry.license && entry.task && entry.languages.length > 0, entry.name);
  }
});

test('"needs network" is computed from the cache: offline-available once the repo is downloaded', async () => {
  const hub = await startFakeHub();
  try {
    const entry = HUGGING_FACE_ENTRIES.find((e) => e.name === 'dslim/bert-base-NER')!;
    const source = entry.source;
    assert.ok(source.kind === 'huggingface');
    hub.addRepo(source.repo, source.revision, bertLike());
    const cache = tempDir('hub');
    await withEnv({ TRANSFERLAB_CACHE: cache, HF_ENDPOINT: hub.url, TRANSFERLAB_OFFLINE: undefined, HF_HUB_OFFLINE: undefined }, async () => {
      assert.equal(isAvailableOffline(entry), false);
      const row = () => new Catalog(HUGGING_FACE_ENTRIES.map((e) => ({ ...e, availableOffline: isAvailableOffline(e) })));
      assert.match(row().toString(), /hf:dslim\/bert-base-NER .*no: needs network/);
      await resolveHuggingFace(`hf:${source.repo}`);
      assert.equal(isAvailableOffline(entry), true);
      assert.equal(row().get('dslim/bert-base-NER')?.availableOffline, true);
      assert.equal(row().get('bert-base-uncased')?.availableOffline, false);
    });
  } finally {
    await hub.close();
  }
});
