// Tokenizers: text to ids for the pre-trained models.
export * from './types';
export { SentencePieceTokenizer, type SegmentOptions, type ScoredPiece, type SentencePieceOptions, type SentencePieceJSON, type SentencePieceToken } from './sentencepiece';
export { normalizeForSentencePiece } from './sentencepiece-normalize';
export { tokenizerFromJSON } from './registry';
export * from './word';
