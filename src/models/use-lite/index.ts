// USE-lite: the Universal Sentence Encoder lite, as a frozen graph and as a trainable LayersModel port.
export { useLiteFamily } from './family';
export { loadUseLite, type LoadUseLiteOptions } from './load';
export { UseLite, type EmbedOptions } from './use-lite';
export { type UseLiteEncoderOptions } from './encoder';
export { toSparseInput, type SparseIds } from './sparse-input';
export {
  registerUseLiteLayers,
  UseLiteEmbedding,
  UseLiteTransformerBlock,
  UseLiteMeanPooling,
  UseLiteTokenStates,
  UseLiteL2Normalize,
  type UseLiteEmbeddingArgs,
  type UseLiteTransformerBlockArgs,
} from './layers';
