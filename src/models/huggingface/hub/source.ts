// The catalog's source kind for hub checkpoints, and what the catalog asks of it.
import { isHubModelCached } from './layout';

/** A Hugging Face hub repo at a revision, downloaded into the cache ('hf:repo@revision'). */
export interface HuggingFaceSource {
  kind: 'huggingface';
  repo: string;
  revision: string;
}

export function hubSourceText(source: HuggingFaceSource): string {
  return `hf:${source.repo}${source.revision === 'main' ? '' : `@${source.revision}`}`;
}

export function isHubSourceCached(source: HuggingFaceSource): boolean {
  return isHubModelCached(source.repo, source.revision);
}
