// USE-lite as a model family: its catalog entry, loader, layers and packed inference.
import type { CatalogEntry } from '../catalog-entry';
import type { ModelFamily } from '../family';
import { registerUseLiteLayers } from './layers';
import { loadUseLite } from './load';
import { packedEncoder } from './packed';
import { USE_LITE_PACKAGE } from './package-files';
import type { UseLite } from './use-lite';

declare module '../pretrained' {
  interface PretrainedTypes {
    'use-lite': UseLite;
  }
}

const USE_LITE_ENTRY: CatalogEntry = {
  name: 'use-lite',
  task: 'sentence-embedding',
  architecture: 'Universal Sentence Encoder lite (transformer, SentencePiece 8k)',
  sizeBytes: 28_369_009,
  parameters: 6_975_877, // float32 weights in the shipped graph (its 26 int32 constants left out)
  languages: ['en'],
  license: 'Apache-2.0',
  description: '512-d sentence embeddings; fine-tunable (last transformer layer and final tanh).',
  source: { kind: 'npm', package: USE_LITE_PACKAGE, version: '0.2.0', optional: false },
};

export const useLiteFamily: ModelFamily = {
  name: 'use-lite',
  catalog: [USE_LITE_ENTRY],
  handles: (ref) => ref === USE_LITE_ENTRY.name,
  load: () => loadUseLite(),
  registerLayers: registerUseLiteLayers,
  // Its tokenizer (SentencePiece unigram) is one of tokenizers/'s own kinds.
  fastEncoder: packedEncoder,
};
