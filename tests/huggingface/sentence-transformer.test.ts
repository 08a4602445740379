// sentence-transformers folders: modules.json + 1_Pooling/config.json give a sentence
// encoder whose embed() matches the reference's pooling; tl.classifier builds on it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'fs';
import * as path from 'path';
import { tf } from '../../src/tf';
import { classifier } from '../../src/models/heads';
import { loadHuggingFace, SentenceTransformer } from '../../src/models/huggingface';
import { makeCheckpoint, PythonReference, type Family } from './fixtures';

let ref: PythonReference;
before(async () => {
  await tf.setBackend('cpu');
  ref = new PythonReference();
});
after(() => ref.close());

async function sentenceFolder(family: Family, mode: 'mean' | 'cls', normalize: boolean): Promise<string> {
  const dir = await makeCheckpoint(ref, family, 'base', { seed: 5 });
  const modules = [
    { idx: 0, name: '0', path: '', type: 'sentence_transformers.models.Transformer' },
    { idx: 1, name: '1', path: '1_Pooling', type: 'sentence_transformers.models.Pooling' },
    ...(normalize ? [{ idx: 2, name: '2', path: '2_Normalize', type: 'sentence_transformers.models.Normalize' }] : []),
  ];
  await fs.writeFile(path.join(dir, 'modules.json'), JSON.stringify(modules));
  await fs.mkdir(path.join(dir, '1_Pooling'));
  await fs.writeFile(path.join(dir, '1_Pooling', 'config.json'), JSON.stringify({ word_embedding_dimension: 12, pooling_mode_cls_token: mode === 'cls', pooling_mode_mean_tokens: mode === 'mean', pooling_mode_max_tokens: false }));
  return dir;
}

for (const [family, mode, normalize] of [['bert', 'mean', true], ['roberta', 'mean', false], ['distilbert', 'cls', false]] as const) {
  test(`${family} ${mode} pooling${normalize ? ' + normalize' : ''}: embed() matches PyTorch`, async () => {
    const dir = await sentenceFolder(family, mode, normalize);
    const st = await loadHuggingFace(dir);
    assert.ok(st instanceof SentenceTransformer);
    const texts = ['the film was good', 'not a fun plot', 'it'];
    const emb = st.embed(texts);
    assert.deepEqual(emb.shape, [3, st.dim]);
    const ids = texts.map((t) => st.tokenizer.encode(t));
    const width = Math.max(...ids.map((r) => r.length));
    const padded = ids.map((r) => [...r, ...new Array(width - r.length).fill(st.tokenizer.padId)]);
    const expected = await ref.request<{ embeddings: number[][] }>({ op: 'run', dir, ids: padded, pooling: { mode, normalize } });
    const ours = emb.arraySync();
    emb.dispose();
    const diff = Math.max(...ours.flatMap((row, r) => row.map((v, c) => Math.abs(v - expected.embeddings[r][c]))));
    assert.ok(diff <= 1e-4, `max |diff| ${diff}`);
    const clf = classifier(st, { labels: ['a', 'b'] });
    assert.equal((clf.model.getLayer('encoder') as tf.LayersModel).layers.at(-1)!.name, 'pooling');
    assert.equal((await clf.predict(texts)).length, 3);
    clf.model.dispose();
  });
}
