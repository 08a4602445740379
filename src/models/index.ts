// Pre-trained models: catalog, cache, loaders (TF.js files, npm packages, http) and the model families (USE-lite, word vectors).
export type * from './types';
export * from './use-lite';
export * from './heads';
export * from './qa';
export * as models from './models-namespace';
export { Catalog, type CatalogEntry, type CatalogRow, type NpmSource, type UrlSource } from './catalog';
export { loadPretrained, type LoadPretrainedOptions, type Pretrained, type PretrainedTypes } from './load-pretrained';
export type { ModelFamily, FastEncoder } from './family';
export { PretrainedModel, type ModelFormat } from './pretrained-model';
export { WordVectors, type EmbeddingLayerOptions, type WordVectorsEncoderOptions } from './word-vectors';
export { ModelLoadError, type ModelLoadErrorCode } from '../io/errors';
export { cachedDownload, cacheDir, isOffline, type DownloadOptions } from '../io/cache';
export { fileIO } from './file-io';
export * from './huggingface';
export * from './huggingface/hub';
export * from './seq2seq';
