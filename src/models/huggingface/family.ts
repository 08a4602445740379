// The Hugging Face family descriptor: local save_pretrained folders of BERT-family
// checkpoints (and 'hf:' references once a resolver that downloads them is given).
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import type { ModelFamily } from '../family';
import type { CatalogEntry } from '../catalog-entry';
import type { Pretrained } from '../pretrained';
import { HUGGING_FACE_ENTRIES } from './catalog-entries';
import { resolveHuggingFace } from './hub/resolve';
import { MODEL_TYPES } from './config';
import { HfEmbeddings } from './layers/embeddings';
import { HfSentencePooling } from './layers/mean-pooling';
import { HfPooler, HfSequenceOutput } from './layers/pooler';
import { HfTransformerLayer } from './layers/transformer-layer';
import { loadHuggingFace } from './load';
import { HF_TOKENIZER_KIND, HuggingFaceTokenizer } from './tokenizer';

export interface HuggingFaceFamilyOptions {
  /** Turns an 'hf:owner/name[@revision]' reference into a local save_pretrained folder (the hub downloader). */
  resolve?: (ref: string) => Promise<string>;
  /** Catalog entries this family answers to by name (default: the well-known hub checkpoints). */
  catalog?: readonly CatalogEntry[];
}

/** True when `dir` holds a config.json whose model_type this family implements. */
function isCheckpointFolder(dir: string): boolean {
  const file = path.join(dir, 'config.json');
  if (!existsSync(file)) return false;
  try {
    return MODEL_TYPES.includes(JSON.parse(readFileSync(file, 'utf8')).model_type);
  } catch {
    return false;
  }
}

export function createHuggingfaceFamily(options: HuggingFaceFamilyOptions = {}): ModelFamily {
  const catalog = options.catalog ?? [];
  /** A catalog name -> its hub reference, e.g. 'bert-base-uncased' -> 'hf:google-bert/bert-base-uncased@main'. */
  const hubRef = (ref: string): string => {
    const source = catalog.find((e) => e.name === ref)?.source;
    return source?.kind === 'huggingface' ? `hf:${source.repo}@${source.revision}` : ref;
  };
  return {
    name: 'huggingface',
    catalog,
    handles(ref: string): boolean {
      if (ref.startsWith('hf:')) return options.resolve !== undefined;
      if (catalog.some((e) => e.name === ref)) return options.resolve !== undefined;
      return isCheckpointFolder(ref.startsWith('file://') ? ref.slice('file://'.length) : ref);
    },
    async load(ref: string): Promise<Pretrained> {
      let dir = ref.startsWith('file://') ? ref.slice('file://'.length) : ref;
      const hub = hubRef(ref);
      if (hub.startsWith('hf:')) {
        if (!options.resolve) throw new Error(`huggingface family: no resolver for '${ref}'; pass a local save_pretrained folder.`);
        dir = await options.resolve(hub);
      }
      // A TextModel (checkpoint with a head) or a HuggingFaceBase; the registry's Pretrained union widens to both.
      return (await loadHuggingFace(dir, { name: ref })) as unknown as Pretrained;
    },
    registerLayers(): void {
      // Importing this module registered them; naming them keeps that import from being elided.
      void [HfEmbeddings, HfTransformerLayer, HfPooler, HfSequenceOutput, HfSentencePooling];
    },
    tokenizers: { [HF_TOKENIZER_KIND]: (json) => HuggingFaceTokenizer.fromJSON(json) },
  };
}

/** The registered family: local folders, 'hf:' references and the hub catalog, downloaded through the cache. */
export const huggingfaceFamily: ModelFamily = createHuggingfaceFamily({
  resolve: (ref) => resolveHuggingFace(ref),
  catalog: HUGGING_FACE_ENTRIES,
});
