import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { tf } from '../../src/tf';
import { load, save } from '../../src/deploy';
import { classifier, loadPretrained, models, UseLite, WordVectors, type EncoderBase, type ModelFamily, type Pretrained } from '../../src/models';
import { padIds } from '../../src/models/batching';
import { families, familyFor, registerFamily, unregisterFamily } from '../../src/models/families';
import { tokenizerFromJSON, type Tokenizer, type TokenizerJSON } from '../../src/tokenizers';
import { rejection, tempDir } from './helpers';

// The overloads stay typed: these assignments compile only while loadPretrained('use-lite')
// returns Promise<UseLite> and loadPretrained('glove-100d') Promise<WordVectors>.
const typedUseLite: (ref: 'use-lite') => Promise<UseLite> = loadPretrained;
const typedGlove: (ref: 'glove-100d') => Promise<WordVectors> = loadPretrained;
const untyped: (ref: string) => Promise<Pretrained> = loadPretrained;

// A whole family in a few lines, as a new one would be in its own folder: a
// character tokenizer of its own kind, a custom pooling layer, a loader for its
// catalog name and for 'tiny:' references, and a fast inference path.
class CharTokenizer implements Tokenizer {
  readonly kind = 'tiny-chars';
  readonly vocabSize = 28;
  readonly padId = 0;
  encode(text: string): number[] {
    return [...text.toLowerCase()].map((c) => (c >= 'a' && c <= 'z' ? c.charCodeAt(0) - 96 : 27));
  }
  tokenize(text: string): string[] {
    return [...text];
  }
  toJSON(): TokenizerJSON {
    return { kind: this.kind };
  }
}

class TinyMeanPooling extends tf.layers.Layer {
  static readonly className = 'TinyFamilyMeanPooling';
  constructor(args: { name?: string } = {}) {
    super(args);
    this.supportsMasking = true;
  }
  override computeOutputShape(shape: tf.Shape | tf.Shape[]): tf.Shape {
    const s = shape as tf.Shape;
    return [s[0], s[2]];
  }
  override computeMask(): tf.Tensor {
    return null as unknown as tf.Tensor;
  }
  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const mask = tf.expandDims(tf.cast(kwargs.mask as tf.Tensor, 'float32'), 2);
      return tf.div(tf.sum(tf.mul(x, mask), 1), tf.maximum(tf.sum(mask, 1), 1));
    });
  }
}

class TinyBase implements EncoderBase {
  readonly maxLength = 16;
  readonly tokenizer = new CharTokenizer();
  constructor(readonly name: string) {}
  buildEncoder(): tf.LayersModel {
    const ids = tf.input({ shape: [null], dtype: 'int32', name: 'ids' });
    const embedding = tf.layers.embedding({ inputDim: 28, outputDim: 4, maskZero: true, name: 'embedding', embeddingsInitializer: tf.initializers.randomUniform({ minval: -1, maxval: 1, seed: 5 }) });
    const pooled = new TinyMeanPooling({ name: 'pooling' }).apply(embedding.apply(ids)) as tf.SymbolicTensor;
    return tf.model({ inputs: ids, outputs: pooled, name: 'encoder' });
  }
}

let fastCalls = 0;
const tinyFamily: ModelFamily = {
  name: 'tiny',
  catalog: [{ ...(models.get('use-lite') as models.CatalogEntry), name: 'tiny-bag', task: 'sentence-embedding', source: { kind: 'url', url: 'https://models.invalid/tiny-bag/model.json' } }],
  handles: (ref) => ref === 'tiny-bag' || ref.startsWith('tiny:'),
  load: async (ref) => new TinyBase(ref) as unknown as Pretrained,
  registerLayers: () => tf.serialization.registerClass(TinyMeanPooling),
  tokenizers: { 'tiny-chars': () => new CharTokenizer() },
  fastEncoder: (encoder) =>
    encoder.layers.some((l) => l instanceof TinyMeanPooling)
      ? {
          encode: (ids) => {
            fastCalls++;
            return tf.tidy(() => encoder.predict(padIds(ids, 0)) as tf.Tensor);
          },
        }
      : undefined,
};

test('the built-in families are registered in catalog order and own their names', () => {
  assert.deepEqual(families().map((f) => f.name).slice(0, 2), ['use-lite', 'word-vectors']);
  assert.equal(familyFor('use-lite')?.name, 'use-lite');
  assert.equal(familyFor('glove-100d')?.name, 'word-vectors');
  assert.equal(familyFor('./some/model.json'), undefined, 'TF.js files stay with the generic loader');
  assert.deepEqual(models.list().names.slice(0, 2), ['use-lite', 'glove-100d']);
  assert.throws(() => models.registerModel({ ...(models.get('glove-100d') as models.CatalogEntry), source: { kind: 'url', url: 'https://x.invalid/m.json' } }), /model family 'word-vectors'/);
  assert.equal(typeof typedUseLite, 'function');
  assert.equal(typeof typedGlove, 'function');
  assert.equal(typeof untyped, 'function');
});

test('a new family, registered once, is listed, loaded, rebuilt by tl.load and predicts on its fast path', async () => {
  await tf.setBackend('cpu');
  const dir = path.join(tempDir('family'), 'model');
  const texts = ['abc', 'a much longer text here', '', 'zz top'];
  const clf = classifier(new TinyBase('tiny-bag'), { labels: ['a', 'b', 'c'] });
  await save(clf, dir);
  // Unknown to transferlab before it is registered: its tokenizer kind cannot be rebuilt.
  await assert.rejects(load(dir), /unknown tokenizer kind 'tiny-chars'/);
  assert.doesNotMatch(models.list().names.join(), /tiny-bag/);
  const builtIn = models.list().names.length;

  registerFamily(tinyFamily);
  try {
    assert.equal(models.list().names.indexOf('tiny-bag'), builtIn, 'listed after the built-in families');
    assert.equal(models.list().get('tiny-bag')?.availableOffline, false);
    assert.ok((await loadPretrained('tiny-bag')) instanceof TinyBase);
    assert.equal(((await loadPretrained('tiny:other')) as unknown as TinyBase).name, 'tiny:other');
    assert.ok(tokenizerFromJSON({ kind: 'tiny-chars' }) instanceof CharTokenizer);
    assert.throws(() => registerFamily(tinyFamily), /already registered/);
    assert.throws(() => registerFamily({ ...tinyFamily, name: 'tiny-2', tokenizers: undefined }), /'tiny-bag' of family 'tiny-2' is already handled by family 'tiny'/);
    assert.throws(() => registerFamily({ ...tinyFamily, name: 'tiny-3', handles: () => false }), /handles\('tiny-bag'\) is false/);
    assert.throws(() => models.registerModel({ ...(models.get('tiny-bag') as models.CatalogEntry) }), /model family 'tiny'/);

    const loaded = await load(dir);
    const expected = tf.tidy(() => (clf.model.predict(clf.encode(texts)) as tf.Tensor).arraySync() as number[][]);
    const before = tf.memory().numTensors;
    fastCalls = 0;
    const predictions = await loaded.predict(texts);
    assert.equal(tf.memory().numTensors, before, 'no tensors leak');
    assert.ok(fastCalls > 0, "the family's fast encoder ran");
    predictions.forEach((p, i) => p.scores.forEach((s, k) => assert.ok(Math.abs(s - expected[i][k]) < 1e-6, `text ${i} label ${k}: ${s} vs ${expected[i][k]}`)));
  } finally {
    unregisterFamily('tiny');
  }
  assert.doesNotMatch(models.list().names.join(), /tiny-bag/);
  assert.throws(() => tokenizerFromJSON({ kind: 'tiny-chars' }), /unknown tokenizer kind 'tiny-chars'/);
  const error = await rejection(loadPretrained('tiny-bag'));
  assert.equal(error.code, 'UNKNOWN_MODEL');
  clf.model.dispose();
});
