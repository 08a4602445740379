// Character offsets of tokens: what span decoding (NER entities, QA answers) needs.

/** [start, end) in UTF-16 code units of the original string (what String.prototype.slice takes). */
export type CharSpan = [start: number, end: number];

/** A tokenized text: ids as `encode` returns them, their token strings and spans. */
export interface TokenOffsets {
  ids: number[];
  tokens: string[];
  /** One per id; null for tokens no text produced ([CLS], [SEP], <s>, ...). */
  offsets: Array<CharSpan | null>;
}

/** A tokenizer that knows its own offsets implements this. */
export interface OffsetTokenizer {
  encodeWithOffsets(text: string): TokenOffsets;
}
