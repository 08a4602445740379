import { test } from 'node:test';
import { useBackend } from '../../src/backend';
import { classifier, tokenClassifier } from '../../src/models/heads';
import { loadUseLite } from '../../src/models/use-lite';
import { loadGlove } from '../../src/models/word-vectors/glove';
import type { TextModel } from '../../src/models/types';
import { checkExport, reviews } from './helpers';

// The bench measures 1,000 reviews; CI time allows fewer.
const TEXTS = reviews(24);

const checkFamily = (name: string, model: TextModel) => checkExport(name, model, TEXTS);

test('USE-lite classifiers (with and without a hidden layer) export to ONNX that matches tfjs within 1e-4, padded and packed', async () => {
  await useBackend('wasm', { silent: true });
  const base = await loadUseLite();
  await checkFamily('use-lite', classifier(base, { labels: ['neg', 'pos'], maxLength: 64, seed: 1 }));
  await checkFamily('use-lite hidden', classifier(base, { labels: ['a', 'b', 'c'], maxLength: 48, hidden: 16, seed: 2 }));
});

test('a USE-lite token classifier exports per-token probabilities matching tfjs', async () => {
  await useBackend('wasm', { silent: true });
  await checkFamily('use-lite tokens', tokenClassifier(await loadUseLite(), { labels: ['O', 'B-X', 'I-X'], maxLength: 40, seed: 3 }));
});

test('word-vector classifiers and token classifiers export to ONNX that matches tfjs', async () => {
  await useBackend('wasm', { silent: true });
  const glove = await loadGlove({ maxWords: 20000 });
  await checkFamily('glove', classifier(glove, { labels: ['neg', 'pos'], maxLength: 64, hidden: 8, seed: 4 }));
  await checkFamily('glove tokens', tokenClassifier(glove, { labels: ['O', 'B-X'], maxLength: 64, seed: 5 }));
});
