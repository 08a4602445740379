// A saved NER model served over HTTP: every entity comes back with UTF-16 offsets at which
// the input holds exactly its text, on strings with accents, emoji, CJK and odd spacing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { tf } from '../../src/tf';
import { load, save, serve } from '../../src/deploy';
import { tokenClassifier, type TokenSequencePrediction } from '../../src/models/heads';
import { loadUseLite } from '../../src/models/use-lite';
import type { EntityPrediction } from '../../src/models/types';
import { tempDir } from './fixtures/temp-dir';

const TEXTS = [
  'Zoë  met 李雷 and Jean-Luc Picard in São Paulo 🚀 on 3 May 2024.',
  'Cafe\u0301 Müller, Köln — ＡＢＣ Corp. paid $5,000!',
  '  leading and trailing spaces  ',
  'e-mail: anna@example.org\ttab\nnew line',
];

test('a served NER model answers entities that are exact substrings of the input at their offsets', async () => {
  const base = await loadUseLite();
  const tagger = tokenClassifier(base, { labels: ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'], seed: 11, aggregation: 'first' });
  // A seeded random head, nudged towards I-PER so that most texts get entities of several words.
  const out = (tagger.model.getLayer('head') as tf.LayersModel).getLayer('head_output');
  const [kernel] = out.getWeights();
  const bias = tf.tensor1d([0, 0, 1.5, 0.5, 0]);
  out.setWeights([kernel, bias]);
  bias.dispose();
  const dir = path.join(tempDir('transferlab-ner-serve-'), 'ner');
  await save(tagger, dir);
  const server = await serve(dir, { port: 0 });
  try {
    const res = await fetch(`${server.url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ texts: TEXTS }) });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { predictions: Array<EntityPrediction & TokenSequencePrediction> };
    assert.equal(body.predictions.length, TEXTS.length);
    let entities = 0;
    body.predictions.forEach((p, i) => {
      for (const e of p.entities) {
        entities++;
        assert.equal(TEXTS[i].slice(e.start, e.end), e.text, `text ${i}: ${JSON.stringify(e)}`);
        assert.ok(['PER', 'LOC'].includes(e.type));
      }
      p.tokens.filter((t) => t.start !== undefined).forEach((t) => assert.ok(t.end! <= TEXTS[i].length));
    });
    assert.ok(entities >= TEXTS.length, `${entities} entities`);
    // The server answers what the saved model predicts, with the aggregation saved in its config.
    const reloaded = await load(dir);
    assert.equal(reloaded.config.aggregation, 'first');
    const direct = (await reloaded.predict(TEXTS)) as unknown as EntityPrediction[];
    assert.deepEqual(body.predictions.map((p) => p.entities.map((e) => [e.type, e.start, e.end])), direct.map((p) => p.entities.map((e) => [e.type, e.start, e.end])));
    const metadata = (await (await fetch(`${server.url}/metadata`)).json()) as Record<string, unknown>;
    assert.match(JSON.stringify(metadata), /token-classification/);
  } finally {
    await server.close();
    base.dispose();
  }
});
