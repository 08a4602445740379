// The ground floor for files: the verified download cache, atomic writes (temp file, then
// rename) and the typed load errors they throw. Imports nothing else of the library.
export { cachedDownload, cachedPath, cacheDir, isCached, isOffline, type DownloadOptions } from './cache';
export { tempPathFor, writeFileAtomic } from './atomic-write';
export { ModelLoadError, type ModelLoadErrorCode } from './errors';
