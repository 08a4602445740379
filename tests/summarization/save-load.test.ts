// tl.save / tl.load of extractive summarizers: a verified config folder that names its encoder;
// the loaded summarizer gives the same summaries; a tampered file or a weights-only option fails loudly.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tf } from '../../src/tf';
import { load, save, type LoadedSummarizer } from '../../src/deploy';
import { evaluate } from '../../src/evaluate';
import { summarizer } from '../../src/summarize';
import { tempDir } from '../deploy/fixtures/temp-dir';

before(async () => {
  await tf.setBackend('cpu');
});

const DOCS = [
  'Congress passed the budget on time. Farmers asked for drought relief. The budget funds schools and roads. Schools will get new teachers from the budget.',
  'One sentence only.',
];

test('a centrality summarizer round-trips: same config, same summaries, encoder named not copied', async () => {
  const original = summarizer({ method: 'centrality', sentences: 2, mmr: 0.6 });
  await evaluate(original, [{ text: DOCS[0], summary: 'The budget passed on time and funds schools.' }]);
  const dir = path.join(tempDir('transferlab-summ-'), 'summ');
  const result = await save(original, dir, { card: { dataset: 'two made-up documents' } });
  assert.deepEqual(Object.keys(result.files).sort(), ['manifest.json', 'model-card.md', 'transferlab.json']);
  const loaded = await load<LoadedSummarizer>(dir);
  assert.deepEqual(loaded.config, original.config);
  assert.equal(loaded.config.encoder, 'use-lite');
  assert.equal(loaded.saved.card.dataset, 'two made-up documents');
  assert.equal(typeof loaded.saved.card.evaluation?.rouge1, 'number');
  assert.match(fs.readFileSync(path.join(dir, 'model-card.md'), 'utf8'), /most central sentences.*use-lite.*MMR with lambda 0\.6/);
  assert.deepEqual(await loaded.predict(DOCS), await original.predict(DOCS));
});

test('a lead summarizer round-trips without an encoder', async () => {
  const dir = path.join(tempDir('transferlab-summ-'), 'lead');
  await save(summarizer({ method: 'lead', sentences: 1 }), dir);
  const loaded = await load<LoadedSummarizer>(dir);
  assert.equal(loaded.config.encoder, null);
  assert.deepEqual(await loaded.predict(DOCS), [
    { summary: 'Congress passed the budget on time.', sentences: [{ start: 0, end: 35 }] },
    { summary: 'One sentence only.', sentences: [{ start: 0, end: 18 }] },
  ]);
});

test('`transferlab predict DIR text --json` prints the summaries of a saved summarizer', async () => {
  const dir = path.join(tempDir('transferlab-summ-'), 'cli');
  await save(summarizer({ method: 'lead', sentences: 1 }), dir);
  const bin = path.join(__dirname, '..', '..', '..', 'bin', 'transferlab.js');
  const { stdout } = await promisify(execFile)(process.execPath, [bin, 'predict', dir, DOCS[0], '--json', '--backend', 'cpu']);
  assert.deepEqual(JSON.parse(stdout), { predictions: [{ summary: 'Congress passed the budget on time.', sentences: [{ start: 0, end: 35 }] }] });
});

test('a changed config file is caught by the manifest; weight formats are refused with the reason', async () => {
  const dir = path.join(tempDir('transferlab-summ-'), 'tampered');
  await save(summarizer({ method: 'lead', sentences: 2 }), dir);
  const file = path.join(dir, 'transferlab.json');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"sentences": 2', '"sentences": 9'));
  await assert.rejects(load(dir), /transferlab\.json does not match its sha256 in the manifest/);
  await assert.rejects(save(summarizer({ method: 'lead' }), dir, { format: 'onnx' }), /no weights of its own; leave out format and quantize/);
});
