// The tokenizer contract every model, data helper and saved model relies on.

export interface TokenizerJSON {
  /** Which implementation rebuilds it, e.g. 'sentencepiece-unigram' or 'word'. */
  kind: string;
  [key: string]: unknown;
}

export interface Tokenizer {
  readonly kind: string;
  /** Number of ids the model's embedding table must hold (padding included). */
  readonly vocabSize: number;
  /** The id used to pad sequences; models mask it out themselves. */
  readonly padId: number;
  /** Text to token ids, no padding, no truncation. */
  encode(text: string): number[];
  /** Text to the token strings (for display and debugging). */
  tokenize(text: string): string[];
  /** Everything needed to rebuild this tokenizer with tokenizerFromJSON(). */
  toJSON(): TokenizerJSON;
}
