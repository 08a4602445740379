// USE-lite: the Universal Sentence Encoder lite, as a frozen graph and as a trainable LayersModel port.
export { loadUseLite, type LoadUseLiteOptions } from './load';
export { UseLite, type EmbedOptions } from './use-lite';
export { type UseLiteEncoderOptions } from './encoder';
export { toSparseInput, type SparseIds } from './sparse-input';
export { UseLiteEmbedding, type UseLiteEmbeddingArgs } from './layers/embedding';
export { UseLiteTransformerBlock, type UseLiteTransformerBlockArgs } from './layers/transformer-block';
export { UseLiteMeanPooling } from './layers/pooling';
export { UseLiteTokenStates } from './layers/token-states';
export { UseLiteL2Normalize } from './layers/l2-normalize';
