// TF.js models served over http(s): model.json and every shard it lists go
// through the download cache, and the model then loads from disk like any local
// one. Offline, all missing files are listed at once.
import { createHash } from 'crypto';
import { existsSync, readFileSync, promises as fs } from 'fs';
import * as path from 'path';
import { cachedDownload, cachedPath, isCached, isOffline, type DownloadOptions } from '../io/cache';
import { ModelLoadError } from '../io/errors';
import { readModelJson } from './file-io';

/** Known sizes and checksums per file, keyed by the path relative to model.json ('model.json', 'group1-shard1of2', ...). */
export type FileChecks = Record<string, { size?: number; sha256?: string }>;

export function modelJsonUrl(url: string): string {
  const parsed = new URL(url);
  if (!parsed.pathname.endsWith('.json')) parsed.pathname = parsed.pathname.replace(/\/?$/, '/model.json');
  return parsed.toString();
}

/** A shard's URL: relative to model.json, with model.json's query (TF Hub serves files only with '?tfjs-format=file'). */
function shardUrl(jsonUrl: string, relative: string): string {
  const url = new URL(relative, jsonUrl);
  url.search = new URL(jsonUrl).search;
  return url.toString();
}

/** The cache folder for one remote model: readable host plus a hash of the full folder URL. */
function modelCacheSubdir(jsonUrl: string): string {
  const parsed = new URL(jsonUrl);
  const folder = `${parsed.origin}${path.posix.dirname(parsed.pathname)}`;
  return path.join('models', `${parsed.hostname}-${createHash('sha256').update(folder).digest('hex').slice(0, 16)}`);
}

function fileOptions(jsonUrl: string, relative: string, checks: FileChecks): DownloadOptions {
  const normalized = path.posix.normalize(relative);
  if (normalized.startsWith('..') || path.posix.isAbsolute(normalized)) {
    throw new ModelLoadError('BAD_JSON', jsonUrl, `The manifest names a weight file outside the model folder: ${relative}.`, 'only load models whose weight paths are relative to model.json');
  }
  return { ...checks[relative], cacheSubdir: modelCacheSubdir(jsonUrl), fileName: normalized };
}

/** Downloads (or finds in the cache) a remote model; returns the local model.json path. */
export async function downloadModel(url: string, checks: FileChecks = {}): Promise<string> {
  const jsonUrl = modelJsonUrl(url);
  const jsonOptions = fileOptions(jsonUrl, 'model.json', checks);
  const offline = isOffline();
  if (offline && !(await isCached(jsonUrl, jsonOptions))) {
    throw new ModelLoadError('OFFLINE', cachedPath(jsonUrl, jsonOptions), `TRANSFERLAB_OFFLINE is set and ${jsonUrl} is not in the cache (nor its weight files).`, 'run once with network access (unset TRANSFERLAB_OFFLINE) to fill the cache', [jsonUrl]);
  }
  const jsonFile = await cachedDownload(jsonUrl, jsonOptions);
  const json = await readModelJson(jsonFile).catch(async (error: unknown) => {
    await fs.rm(jsonFile, { force: true }); // a bad download must not stick in the cache
    throw error;
  });
  const shards = (json.weightsManifest ?? []).flatMap((group) => group.paths).map((p) => ({ url: shardUrl(jsonUrl, p), options: fileOptions(jsonUrl, p, checks) }));
  if (offline) {
    const missing: string[] = [];
    for (const shard of shards) if (!(await isCached(shard.url, shard.options))) missing.push(shard.url);
    if (missing.length > 0) {
      throw new ModelLoadError('OFFLINE', path.dirname(jsonFile), `TRANSFERLAB_OFFLINE is set and ${missing.length} weight file(s) of ${jsonUrl} are not in the cache: ${missing.join(', ')}.`, 'run once with network access (unset TRANSFERLAB_OFFLINE) to fill the cache', missing);
    }
  }
  for (const shard of shards) await cachedDownload(shard.url, shard.options);
  return jsonFile;
}

/** True when model.json and every weight file it lists are in the cache. */
export function isModelCached(url: string): boolean {
  const jsonUrl = modelJsonUrl(url);
  const local = (relative: string) => cachedPath(shardUrl(jsonUrl, relative), fileOptions(jsonUrl, relative, {}));
  const jsonFile = local('model.json');
  if (!existsSync(jsonFile)) return false;
  try {
    const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as { weightsManifest?: Array<{ paths: string[] }> };
    return (json.weightsManifest ?? []).every((g) => g.paths.every((p) => existsSync(local(p))));
  } catch {
    return false;
  }
}
