// Deployment: save a fine-tuned model to a verifiable directory, load it back,
// predict from it, and serve it over HTTP (also `npx transferlab serve|predict`).
export { save, type SaveOptions, type SaveResult } from './save';
export { SAVE_FORMATS, type SaveFormat } from './option-specs';
export { load, type LoadOptions, type LoadedTextModel, type LoadedModel, type TextModelFromParts } from './load';
export { pipeline, type Pipeline } from './pipeline';
export { serve, type ServeOptions, type Server } from './server';
export { SavedModelError } from './errors';
export type { ModelCard, ModelCardOptions } from './model-card';
export type { SavedModelInfo, Preprocessing } from './saved-model';
export { type LoadedSummarizer, type SavedSummarizerInfo } from './summarizer-files';
