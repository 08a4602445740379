// Token type ids from the ids alone (the TextModel takes one ids input): segment 1 strictly
// after the first [SEP], padding 0 — what Hugging Face's tokenizers give [CLS] a [SEP] b [SEP].
// Word and position tables are zero and the two type rows opposite, so after LayerNorm the sign
// of channel 0 reads each token's segment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { HfEmbeddings } from '../../src/models/huggingface';

function embeddings(sepId: number | undefined): HfEmbeddings {
  const layer = new HfEmbeddings({ vocabSize: 10, embeddingSize: 4, hiddenSize: 4, maxPositions: 16, typeVocabSize: 2, layerNormEps: 1e-12, padId: 0, paddingAwarePositions: false, dropout: 0, ...(sepId !== undefined ? { sepId } : {}) });
  layer.build();
  const w = layer.namedWeights();
  w.get('word')!.write(tf.zeros([10, 4]));
  w.get('position')!.write(tf.zeros([16, 4]));
  w.get('token_type')!.write(tf.tensor2d([[1, -1, 1, -1], [-1, 1, -1, 1]]));
  return layer;
}

const segmentsOf = (layer: HfEmbeddings, ids: number[][]) =>
  tf.tidy(() => {
    const out = layer.apply(tf.tensor2d(ids, undefined, 'int32')) as tf.Tensor3D;
    return (tf.slice(out, [0, 0, 0], [-1, -1, 1]).arraySync() as number[][][]).map((row) => row.map(([v]) => (v > 0 ? 0 : 1)));
  });

test('segment ids switch to 1 after the first [SEP]; padding and single texts stay 0', () => {
  const layer = embeddings(3);
  const before = tf.memory().numTensors;
  assert.deepEqual(segmentsOf(layer, [
    [2, 5, 6, 3, 8, 3, 0],
    [2, 5, 3, 0, 0, 0, 0],
    [2, 5, 3, 7, 3, 9, 3],
  ]), [
    [0, 0, 0, 0, 1, 1, 0],
    [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 1, 1, 1, 1],
  ]);
  assert.equal(tf.memory().numTensors, before);
  assert.equal(layer.getConfig().sepId, 3);
  for (const v of layer.namedWeights().values()) v.dispose();
});

test('without a separator id every token is segment 0 (as before)', () => {
  const layer = embeddings(undefined);
  assert.deepEqual(segmentsOf(layer, [[2, 5, 3, 8, 3]]), [[0, 0, 0, 0, 0]]);
  for (const v of layer.namedWeights().values()) v.dispose();
});
