// The Hugging Face hub side: 'hf:owner/name@revision' references resolved to a
// local save_pretrained folder in the download cache, and the hub's catalog entries.
export { resolveHuggingFace, type ResolveOptions } from './resolve';
export { parseHubReference, isHubReference, formatHubReference, type HubReference } from './reference';
export { HubError, type HubErrorReason, type HubFileRef } from './errors';
export { isHubModelCached, repoFolder } from './layout';
export { hubEndpoint, hubOffline, hubToken, resolveUrl, DEFAULT_ENDPOINT } from './settings';
export { HUGGING_FACE_ENTRIES } from '../catalog-entries';
export { hubSourceText, isHubSourceCached, type HuggingFaceSource } from './source';
