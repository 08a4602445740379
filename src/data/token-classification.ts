// Token classification data: sentences as words + IOB tags, their label names, and
// word tags aligned to a tokenizer's sub-words. As in Hugging Face's token
// classification guide, a word's first sub-token carries its tag and the others
// are ignored by the loss (label -1 here, -100 there), unless labelAllTokens is set.
import { tf } from '../tf';
import type { Tokenizer } from '../tokenizers/types';
import type { CharSpan } from '../tokenizers/offsets-types';
import { tokenOffsets } from '../tokenizers/offsets';
import { toIob2 } from './conll';
import { isDataFrameLike, type DataFrameLike } from './frame-like';

export type TagScheme = 'IOB1' | 'IOB2';

export interface TaggedRecord {
  tokens: string[];
  tags: string[];
}

export interface TokenClassificationRecords {
  records: TaggedRecord[];
  /** 'O' first, then B-/I- per entity type in alphabetical order. */
  labels: string[];
  /** Entity types found, alphabetical. */
  types: string[];
}

export interface TokenClassificationOptions {
  /** How the input tags mark chunk starts; output is always IOB2. Default 'IOB2'. */
  scheme?: TagScheme;
  /** Names of integer tags (a hub data set's ClassLabel names, e.g. conll2003's ner_tags). */
  tagNames?: string[];
  /** Column names when the input is a DataFrame (space-joined cells). Default 'tokens' and 'tags'. */
  tokens?: string;
  tags?: string;
}

const IOB = /^(O|[BI]-.+)$/;

function rowsOf(input: readonly unknown[] | DataFrameLike, options: TokenClassificationOptions): Array<{ tokens: unknown; tags: unknown }> {
  if (!isDataFrameLike(input)) return input as Array<{ tokens: unknown; tags: unknown }>;
  const tokenColumn = options.tokens ?? 'tokens';
  const tagColumn = options.tags ?? 'tags';
  for (const c of [tokenColumn, tagColumn]) {
    if (!input.columns.includes(c)) throw new Error(`tokenClassificationRecords: the DataFrame has no column '${c}' (columns: ${input.columns.join(', ')}); pass { tokens, tags } column names.`);
  }
  const split = (v: unknown) => String(v ?? '').split(' ').filter((t) => t !== '');
  const tokens = Array.from(input.column(tokenColumn).values as ArrayLike<unknown>).map(split);
  const tags = Array.from(input.column(tagColumn).values as ArrayLike<unknown>).map(split);
  return tokens.map((t, i) => ({ tokens: t, tags: tags[i] }));
}

/** Sentences (objects with tokens and tags, CoNLL sentences, or a frame of them) as checked IOB2 records with their labels. */
export function tokenClassificationRecords(input: readonly unknown[] | DataFrameLike, options: TokenClassificationOptions = {}): TokenClassificationRecords {
  const scheme = options.scheme ?? 'IOB2';
  if (scheme !== 'IOB1' && scheme !== 'IOB2') throw new Error(`tokenClassificationRecords: scheme must be 'IOB1' or 'IOB2', got ${JSON.stringify(scheme)}.`);
  const types = new Set<string>();
  const records = rowsOf(input, options).map((row, i) => {
    if (!row || !Array.isArray(row.tokens) || !Array.isArray(row.tags)) throw new Error(`tokenClassificationRecords: record ${i} needs arrays 'tokens' and 'tags'.`);
    if (row.tokens.length !== row.tags.length) throw new Error(`tokenClassificationRecords: record ${i} has ${row.tokens.length} tokens but ${row.tags.length} tags.`);
    const tags = row.tags.map((t: unknown, k: number) => {
      const tag = typeof t === 'number' && options.tagNames ? options.tagNames[t] : t;
      if (typeof tag !== 'string' || !IOB.test(tag)) {
        throw new Error(`tokenClassificationRecords: record ${i} token ${k} has tag ${JSON.stringify(t)}; expected O, B-TYPE or I-TYPE${typeof t === 'number' ? ' (pass tagNames for integer tags)' : ''}.`);
      }
      if (tag !== 'O') types.add(tag.slice(2));
      return tag;
    });
    row.tokens.forEach((tok: unknown, k: number) => {
      if (typeof tok !== 'string' || tok.length === 0 || /\s/.test(tok)) throw new Error(`tokenClassificationRecords: record ${i} token ${k} is ${JSON.stringify(tok)}; tokens are non-empty strings without whitespace.`);
    });
    return { tokens: [...(row.tokens as string[])], tags: scheme === 'IOB1' ? toIob2(tags) : tags };
  });
  const sorted = [...types].sort();
  return { records, labels: ['O', ...sorted.flatMap((t) => [`B-${t}`, `I-${t}`])], types: sorted };
}

/** A sentence as one text: words joined by single spaces, with each word's span. */
export function wordsToText(tokens: readonly string[]): { text: string; spans: CharSpan[] } {
  const spans: CharSpan[] = [];
  let pos = 0;
  for (const token of tokens) {
    spans.push([pos, pos + token.length]);
    pos += token.length + 1;
  }
  return { text: tokens.join(' '), spans };
}

/** For each token, the word its span starts in, or the next word when it starts between words (null: special tokens). */
export function wordIdsOf(offsets: ReadonlyArray<CharSpan | null>, words: readonly CharSpan[]): Array<number | null> {
  let w = 0;
  return offsets.map((o) => {
    if (!o || words.length === 0) return null;
    while (w < words.length - 1 && o[0] >= words[w][1]) w++;
    return w;
  });
}

export interface AlignOptions {
  /** Every sub-token carries its word's tag (B- becomes I- after the first) instead of -1. Default false. */
  labelAllTokens?: boolean;
  /** Tokens kept per sentence. Default: all. */
  maxLength?: number;
}

export interface AlignedSentence {
  ids: number[];
  /** Label index per token; -1 = ignored by the loss (special tokens, later sub-tokens). */
  labels: number[];
  wordIds: Array<number | null>;
  offsets: Array<CharSpan | null>;
  text: string;
}

/** One sentence's word tags moved onto the tokenizer's sub-tokens. */
export function alignLabels(tokenizer: Tokenizer, record: TaggedRecord, labels: readonly string[], options: AlignOptions = {}): AlignedSentence {
  const { text, spans } = wordsToText(record.tokens);
  const enc = tokenOffsets(tokenizer, text);
  const limit = options.maxLength ?? enc.ids.length;
  const ids = enc.ids.slice(0, limit);
  const offsets = enc.offsets.slice(0, limit);
  const wordIds = wordIdsOf(offsets, spans);
  const index = (tag: string) => {
    const k = labels.indexOf(tag);
    if (k < 0) throw new Error(`alignLabels: tag '${tag}' is not in labels (${labels.join(', ')}).`);
    return k;
  };
  const out = wordIds.map((w, t) => {
    if (w === null) return -1;
    const first = t === 0 || wordIds[t - 1] !== w;
    const tag = record.tags[w];
    if (first) return index(tag);
    if (!options.labelAllTokens) return -1;
    return index(tag.startsWith('B-') ? `I-${tag.slice(2)}` : tag);
  });
  return { ids, labels: out, wordIds, offsets, text };
}

/** Aligned sentences as training tensors for fineTune: ids padded with the pad id, labels with -1. */
export function tokenClassificationTensors(
  tokenizer: Tokenizer,
  records: readonly TaggedRecord[],
  labels: readonly string[],
  options: AlignOptions = {},
): { x: tf.Tensor2D; y: tf.Tensor2D } {
  if (records.length === 0) throw new Error('tokenClassificationTensors: no records.');
  const aligned = records.map((r) => alignLabels(tokenizer, r, labels, options));
  const width = Math.max(1, ...aligned.map((a) => a.ids.length));
  const x = new Int32Array(aligned.length * width).fill(tokenizer.padId);
  const y = new Int32Array(aligned.length * width).fill(-1);
  aligned.forEach((a, i) => {
    x.set(a.ids, i * width);
    y.set(a.labels, i * width);
  });
  return { x: tf.tensor2d(x, [aligned.length, width], 'int32'), y: tf.tensor2d(y, [aligned.length, width], 'int32') };
}
