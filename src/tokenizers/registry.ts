// Rebuilds any tokenizer from its toJSON() form: what saved models store.
import type { Tokenizer, TokenizerJSON } from './types';
import { SentencePieceTokenizer } from './sentencepiece';
import { WordTokenizer } from './word';

interface TokenizerClass {
  fromJSON(json: TokenizerJSON): Tokenizer;
}

const loaders: Record<string, () => TokenizerClass> = {
  'sentencepiece-unigram': () => SentencePieceTokenizer,
  word: () => WordTokenizer,
};

export function tokenizerFromJSON(json: TokenizerJSON): Tokenizer {
  if (json === null || typeof json !== 'object' || typeof json.kind !== 'string') {
    throw new Error('tokenizerFromJSON: expected an object with a string `kind` (what Tokenizer.toJSON() returns).');
  }
  const load = loaders[json.kind];
  if (!load) {
    throw new Error(
      `tokenizerFromJSON: unknown tokenizer kind '${json.kind}'; known kinds: ${Object.keys(loaders).join(', ')}.`,
    );
  }
  return load().fromJSON(json);
}
