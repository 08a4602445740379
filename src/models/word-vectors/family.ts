// Word vectors as a model family: the glove-100d catalog entry, its loader and the encoder's layers.
import type { ModelFamily } from '../family';
import { GLOVE_ENTRY, loadGlove } from './glove';
import { registerWordVectorsLayers } from './layers';
import type { WordVectors } from './word-vectors';

declare module '../pretrained' {
  interface PretrainedTypes {
    'glove-100d': WordVectors;
  }
}

export const wordVectorsFamily: ModelFamily = {
  name: 'word-vectors',
  catalog: [GLOVE_ENTRY],
  handles: (ref) => ref === GLOVE_ENTRY.name,
  load: (_ref, options) => loadGlove({ maxWords: options.maxWords, packageRoots: options.packageRoots, trainable: options.trainable }),
  registerLayers: registerWordVectorsLayers,
  // Its tokenizer ('word') is one of tokenizers/'s own kinds; no faster inference path than padded batches.
};
