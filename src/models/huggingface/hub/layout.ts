// Where a hub repo lives in the cache, laid out as save_pretrained writes it:
// <cache>/huggingface/<owner>--<name>/<revision>/config.json, model.safetensors, ...
// A manifest (.transferlab-hub.json) written last lists the files fetched, so a
// later call, online or offline, knows the folder is complete without the network.
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { cacheDir } from '../../../io/cache';

export const MANIFEST = '.transferlab-hub.json';

export interface HubManifest {
  repo: string;
  revision: string;
  /** Files present in the folder, relative ('1_Pooling/config.json'). */
  files: string[];
}

/** The folder, relative to the cache directory. */
export function repoSubdir(repo: string, revision: string): string {
  return path.join('huggingface', repo.replace('/', '--'), encodeURIComponent(revision));
}

export function repoFolder(repo: string, revision: string): string {
  return path.join(cacheDir(), repoSubdir(repo, revision));
}

export function readManifest(folder: string): HubManifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(folder, MANIFEST), 'utf8')) as HubManifest;
  } catch {
    return undefined;
  }
}

/** True when a complete download of the repo at that revision is in the cache. */
export function isHubModelCached(repo: string, revision = 'main'): boolean {
  const folder = repoFolder(repo, revision);
  const manifest = readManifest(folder);
  return manifest !== undefined && manifest.files.every((f) => existsSync(path.join(folder, f)));
}

/** A repo-relative file name that stays inside the folder, or undefined. */
export function safeRelative(file: string): string | undefined {
  const normalized = path.posix.normalize(file);
  return normalized.startsWith('..') || path.posix.isAbsolute(normalized) || normalized === '.' ? undefined : normalized;
}
