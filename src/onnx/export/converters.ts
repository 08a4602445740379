// Which tfjs layer classes export to ONNX, and their converters.
import type { LayerConverter } from './flow';
import { convertDense, convertDropout } from './layers/dense';
import { convertEmbedding } from './layers/embedding';
import { convertHfEmbeddings } from './layers/hf-embeddings';
import { convertHfPooler, convertHfSentencePooling, convertHfSequenceOutput } from './layers/hf-pooling';
import { convertHfTransformerLayer } from './layers/hf-transformer-layer';
import { convertL2Normalize } from './layers/l2-normalize';
import { convertMaskedMean, convertMaskedTokens } from './layers/masked-pooling';
import { convertUseLiteBlock } from './layers/use-lite-block';
import { convertUseLiteEmbedding } from './layers/use-lite-embedding';

export const LAYER_CONVERTERS: Readonly<Record<string, LayerConverter>> = {
  Dense: convertDense,
  Dropout: convertDropout,
  Embedding: convertEmbedding,
  WordVectorsMeanPooling: convertMaskedMean,
  WordVectorsTokenStates: convertMaskedTokens,
  UseLiteEmbedding: convertUseLiteEmbedding,
  UseLiteTransformerBlock: convertUseLiteBlock,
  UseLiteMeanPooling: convertMaskedMean,
  UseLiteTokenStates: convertMaskedTokens,
  UseLiteL2Normalize: convertL2Normalize,
  HfEmbeddings: convertHfEmbeddings,
  HfTransformerLayer: convertHfTransformerLayer,
  HfPooler: convertHfPooler,
  HfSequenceOutput: convertHfSequenceOutput,
  HfSentencePooling: convertHfSentencePooling,
};
