// Text pairs (question + context, premise + hypothesis) as the Hugging Face fast tokenizers
// encode them: each text tokenized alone, truncated to fit `maxLength` with the rules of the
// Rust `tokenizers` crate (utils/truncation.rs), then wrapped by the checkpoint's post-processor
// ([CLS] a [SEP] b [SEP], <s> a </s></s> b </s>), so the final separator always survives.
import type { Tokenizer as HfTokenizer } from '@huggingface/tokenizers';

export type PairTruncation = 'longest_first' | 'only_first' | 'only_second';

export interface PairOptions {
  /** Most tokens of the result, special tokens included. Default: no truncation. */
  maxLength?: number;
  /** Which text gives up tokens when the pair is too long. Default 'longest_first'. */
  truncation?: PairTruncation;
}

export interface PairEncoding {
  ids: number[];
  /** Segment ids (token_type_ids): 0 up to the first separator, 1 after it for BERT-style; all 0 for RoBERTa-style. */
  typeIds: number[];
  /** Which text each token came from, 0 or 1; null for special tokens (HF's sequence_ids()). */
  sequenceIds: Array<0 | 1 | null>;
}

/** Kept lengths [first, second] for a pair of `n1`, `n2` tokens within `budget` (tokenizers' LongestFirst). */
export function longestFirst(n1: number, n2: number, budget: number): [number, number] {
  if (n1 + n2 <= budget) return [n1, n2];
  const swap = n1 > n2;
  let short = Math.min(n1, n2);
  let long: number;
  long = short > budget ? short : Math.max(short, budget - short);
  if (short + long > budget) {
    short = Math.floor(budget / 2);
    long = short + (budget % 2);
  }
  return swap ? [long, short] : [short, long];
}

function keptLengths(n1: number, n2: number, budget: number, truncation: PairTruncation, maxLength: number): [number, number] {
  if (truncation === 'longest_first') return longestFirst(n1, n2, budget);
  const [kept, other] = truncation === 'only_first' ? [n1, n2] : [n2, n1];
  const room = budget - other;
  if (kept > room && room <= 0) {
    const which = truncation === 'only_first' ? 'second' : 'first';
    throw new RangeError(`encodePair: the ${which} text alone (${other} tokens) fills maxLength ${maxLength}; raise maxLength or use truncation: 'longest_first'.`);
  }
  const cut = Math.min(kept, room);
  return truncation === 'only_first' ? [cut, n2] : [n1, cut];
}

interface Internals {
  post_processor: ((a: string[], b: string[] | null, special: boolean) => { tokens: string[]; token_type_ids?: number[] }) | null;
  added_tokens_map: Map<string, { id: number }>;
  model: { tokens_to_ids: Map<string, number>; unk_token_id?: number };
}

/** Encodes (first, second) with `impl`; `typeIdsUsed` false gives all-zero segment ids (RoBERTa-style). */
export function encodePairWith(impl: HfTokenizer, first: string, second: string, options: PairOptions, typeIdsUsed: boolean): PairEncoding {
  const { maxLength, truncation = 'longest_first' } = options;
  if (!['longest_first', 'only_first', 'only_second'].includes(truncation)) {
    throw new RangeError(`encodePair: truncation must be 'longest_first', 'only_first' or 'only_second', got '${String(truncation)}'.`);
  }
  const inner = impl as unknown as Internals;
  const wrap = (a: string[], b: string[]) => (inner.post_processor ? inner.post_processor(a, b, true) : { tokens: [...a, ...b] });
  let a = impl.tokenize(first);
  let b = impl.tokenize(second);
  if (maxLength !== undefined) {
    if (!Number.isInteger(maxLength) || maxLength < 1) throw new RangeError(`encodePair: maxLength must be a positive integer, got ${maxLength}.`);
    const added = wrap([], []).tokens.length;
    const budget = maxLength - added;
    if (budget < 0) throw new RangeError(`encodePair: maxLength ${maxLength} is shorter than the ${added} special tokens of a pair.`);
    const [n1, n2] = keptLengths(a.length, b.length, budget, truncation, maxLength);
    a = a.slice(0, n1);
    b = b.slice(0, n2);
  }
  // Placeholders tell which output position holds which input token, whatever the template.
  const mark = (seq: 0 | 1, tokens: string[]) => tokens.map((_, i) => `\u0000${seq}:${i}`);
  const wrapped = wrap(mark(0, a), mark(1, b));
  const sequenceIds: Array<0 | 1 | null> = [];
  const tokens = wrapped.tokens.map((t) => {
    const m = /^\u0000([01]):(\d+)$/.exec(t);
    if (!m) {
      sequenceIds.push(null);
      return t;
    }
    const seq = Number(m[1]) as 0 | 1;
    sequenceIds.push(seq);
    return (seq === 0 ? a : b)[Number(m[2])];
  });
  const unk = inner.model.unk_token_id ?? 0;
  const ids = tokens.map((t) => inner.added_tokens_map.get(t)?.id ?? inner.model.tokens_to_ids.get(t) ?? unk);
  const typeIds = typeIdsUsed && wrapped.token_type_ids ? [...wrapped.token_type_ids] : ids.map(() => 0);
  return { ids, typeIds, sequenceIds };
}
