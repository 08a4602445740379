// The trainable port of USE-lite: a functional LayersModel named 'encoder'
// whose layers run in order: ids -> embedding -> transformer_0..n -> pooling
// -> tanh -> l2_normalize ([batch, 512], equal to the shipped graph's output),
// or, for token tasks, ... -> transformer_n -> token_states ([batch, length, 512]).
import { tf } from '../../tf';
import type { UseLiteWeights } from './graph-weights';
import { UseLiteEmbedding } from './layers/embedding';
import { UseLiteTransformerBlock } from './layers/transformer-block';
import { UseLiteMeanPooling } from './layers/pooling';
import { UseLiteTokenStates } from './layers/token-states';
import { UseLiteL2Normalize } from './layers/l2-normalize';

export interface UseLiteEncoderOptions {
  /** Per-token states [batch, length, dim] instead of one sentence vector. Default false. */
  sequence?: boolean;
  /** Name of the returned model. Default 'encoder'. */
  name?: string;
}

export function buildUseLiteEncoder(weights: UseLiteWeights, padId: number, options: UseLiteEncoderOptions = {}): tf.LayersModel {
  const [vocabSize, embeddingDim] = weights.embeddings.shape;
  const ids = tf.input({ shape: [null], dtype: 'int32', name: 'ids' });
  const embedding = new UseLiteEmbedding({ name: 'embedding', vocabSize, dim: embeddingDim, padId });
  let x = embedding.apply(ids) as tf.SymbolicTensor;
  embedding.setWeights([weights.embeddings]);
  weights.blocks.forEach((block, i) => {
    const layer = new UseLiteTransformerBlock({ name: `transformer_${i}`, ...block.shape });
    x = layer.apply(x) as tf.SymbolicTensor;
    layer.setWeights(block.values);
  });
  let output: tf.SymbolicTensor;
  if (options.sequence) {
    output = new UseLiteTokenStates({ name: 'token_states' }).apply(x) as tf.SymbolicTensor;
  } else {
    const pooled = new UseLiteMeanPooling({ name: 'pooling' }).apply(x) as tf.SymbolicTensor;
    const tanh = tf.layers.dense({ name: 'tanh', units: weights.tanhBias.shape[0], activation: 'tanh' });
    const projected = tanh.apply(pooled) as tf.SymbolicTensor;
    tanh.setWeights([weights.tanhKernel, weights.tanhBias]);
    output = new UseLiteL2Normalize({ name: 'l2_normalize' }).apply(projected) as tf.SymbolicTensor;
  }
  return tf.model({ inputs: ids, outputs: output, name: options.name ?? 'encoder' });
}
