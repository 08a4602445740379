// Rebuilds any tokenizer from its toJSON() form: what saved models store. The
// kinds implemented here are built in; a model family that brings its own
// tokenizer adds its kind through registerFamily (models/families.ts).
import type { Tokenizer, TokenizerJSON } from './types';
import { SentencePieceTokenizer } from './sentencepiece';
import { WordTokenizer } from './word';

export type TokenizerFromJSON = (json: TokenizerJSON) => Tokenizer;

const BUILT_IN: ReadonlyMap<string, TokenizerFromJSON> = new Map<string, TokenizerFromJSON>([
  ['sentencepiece-unigram', (json) => SentencePieceTokenizer.fromJSON(json)],
  ['word', (json) => WordTokenizer.fromJSON(json)],
]);
const kinds = new Map(BUILT_IN);

/** Adds a tokenizer kind (TokenizerJSON.kind) that tokenizerFromJSON rebuilds with `fromJSON`. */
export function registerTokenizerKind(kind: string, fromJSON: TokenizerFromJSON): void {
  const known = kinds.get(kind);
  if (known && known !== fromJSON) throw new Error(`tokenizer kind '${kind}' is already registered; give the new tokenizer its own kind.`);
  kinds.set(kind, fromJSON);
}

/** Removes a kind added with registerTokenizerKind (the built-in kinds stay). */
export function unregisterTokenizerKind(kind: string): void {
  if (!BUILT_IN.has(kind)) kinds.delete(kind);
}

export function tokenizerFromJSON(json: TokenizerJSON): Tokenizer {
  if (json === null || typeof json !== 'object' || typeof json.kind !== 'string') {
    throw new Error('tokenizerFromJSON: expected an object with a string `kind` (what Tokenizer.toJSON() returns).');
  }
  const fromJSON = kinds.get(json.kind);
  if (!fromJSON) {
    throw new Error(`tokenizerFromJSON: unknown tokenizer kind '${json.kind}'; known kinds: ${[...kinds.keys()].join(', ')}.`);
  }
  return fromJSON(json);
}
