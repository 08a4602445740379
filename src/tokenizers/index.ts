// Tokenizers: text to ids for the pre-trained models, with character offsets.
export * from './types';
export { SentencePieceTokenizer, type SegmentOptions, type ScoredPiece, type SentencePieceOptions, type SentencePieceJSON, type SentencePieceToken } from './sentencepiece';
export { normalizeForSentencePiece } from './sentencepiece-normalize';
export { tokenizerFromJSON } from './registry';
export * from './word';
export type { CharSpan, TokenOffsets, OffsetTokenizer } from './offsets-types';
export { tokenOffsets } from './offsets';
export { tokenizerJsonOffsets, tokenizerJsonAlignment, type TokenizerJsonAlignment } from './offsets-tokenizer-json';
