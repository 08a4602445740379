// tokenOffsets(tokenizer, text): ids as tokenizer.encode(text) gives them, with the
// UTF-16 span of the original text behind each one, for every tokenizer kind here.
import type { Tokenizer } from './types';
import type { OffsetTokenizer, TokenOffsets } from './offsets-types';
import { SentencePieceTokenizer } from './sentencepiece';
import { sentencePieceOffsets } from './offsets-sentencepiece';
import { tokenizerJsonAlignment, tokenizerJsonOffsets, type TokenizerJsonAlignment } from './offsets-tokenizer-json';

const alignments = new WeakMap<object, TokenizerJsonAlignment>();

function hasOwnOffsets(tokenizer: Tokenizer): tokenizer is Tokenizer & OffsetTokenizer {
  return typeof (tokenizer as Partial<OffsetTokenizer>).encodeWithOffsets === 'function';
}

/** The tokenizer.json content of a Hugging Face tokenizer (kind 'huggingface'), else undefined. */
function tokenizerJson(tokenizer: Tokenizer): Record<string, unknown> | undefined {
  const json = tokenizer.toJSON() as { tokenizer?: unknown };
  return json.tokenizer && typeof json.tokenizer === 'object' ? (json.tokenizer as Record<string, unknown>) : undefined;
}

export function tokenOffsets(tokenizer: Tokenizer, text: string): TokenOffsets {
  if (typeof text !== 'string') throw new TypeError(`tokenOffsets: expected a string, got ${typeof text}.`);
  if (tokenizer instanceof SentencePieceTokenizer) return sentencePieceOffsets(tokenizer, text);
  if (hasOwnOffsets(tokenizer)) return tokenizer.encodeWithOffsets(text);
  const json = tokenizer.kind === 'huggingface' ? tokenizerJson(tokenizer) : undefined;
  if (!json) {
    throw new Error(`tokenOffsets: tokenizer kind '${tokenizer.kind}' has no offsets; give it an encodeWithOffsets(text) method.`);
  }
  let alignment = alignments.get(json);
  if (!alignment) {
    alignment = tokenizerJsonAlignment(json);
    alignments.set(json, alignment);
  }
  const tokens = tokenizer.tokenize(text);
  return { ids: tokenizer.encode(text), tokens, offsets: tokenizerJsonOffsets(text, tokens, alignment) };
}
