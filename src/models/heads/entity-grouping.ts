// Token scores -> entities, as Hugging Face's TokenClassificationPipeline does it:
// 'none' keeps every non-O token (type = its full label, like the pipeline's `entity`);
// 'simple' groups tokens; 'first' / 'max' / 'average' first fuse sub-words into words
// (a word takes the label of its first sub-word, of its most confident sub-word, or of
// its averaged scores) and then group the words. Grouping: a token or word joins the
// previous group when both have the same type and it is not a B- (an unprefixed label
// reads as I-), so IOB1 and IOB2 tags group alike. A group's score is its members' mean.
import type { EntitySpan } from '../types';

export type Aggregation = 'none' | 'simple' | 'first' | 'max' | 'average';

export const AGGREGATIONS: readonly Aggregation[] = ['none', 'simple', 'first', 'max', 'average'];

/** One non-special token: its UTF-16 span in the text and its probability per label. */
export interface ScoredToken {
  start: number;
  end: number;
  scores: readonly number[];
  /** Continues the previous token's word (WordPiece ##, or no space before it). */
  isSubword: boolean;
}

interface Tagged {
  label: string;
  score: number;
  start: number;
  end: number;
}

function argmax(scores: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  return best;
}

function tagged(scores: readonly number[], labels: readonly string[], start: number, end: number): Tagged {
  const k = argmax(scores);
  return { label: labels[k], score: scores[k], start, end };
}

/** B-X -> ['B', 'X'], I-X -> ['I', 'X'], anything else (O, PER) -> ['I', label]. */
function tagOf(label: string): [string, string] {
  if (label.startsWith('B-')) return ['B', label.slice(2)];
  if (label.startsWith('I-')) return ['I', label.slice(2)];
  return ['I', label];
}

function word(group: readonly ScoredToken[], labels: readonly string[], aggregation: Aggregation): Tagged {
  const start = group[0].start;
  const end = group[group.length - 1].end;
  if (aggregation === 'first') return tagged(group[0].scores, labels, start, end);
  if (aggregation === 'max') {
    const best = group.reduce((a, b) => (Math.max(...b.scores) > Math.max(...a.scores) ? b : a));
    return tagged(best.scores, labels, start, end);
  }
  const mean = labels.map((_, k) => group.reduce((sum, t) => sum + t.scores[k], 0) / group.length);
  return tagged(mean, labels, start, end);
}

function words(tokens: readonly ScoredToken[], labels: readonly string[], aggregation: Aggregation): Tagged[] {
  const out: Tagged[] = [];
  let group: ScoredToken[] = [];
  for (const token of tokens) {
    if (group.length > 0 && !token.isSubword) {
      out.push(word(group, labels, aggregation));
      group = [];
    }
    group.push(token);
  }
  if (group.length > 0) out.push(word(group, labels, aggregation));
  return out;
}

function span(text: string, type: string, members: readonly Tagged[]): EntitySpan {
  const start = members[0].start;
  const end = members[members.length - 1].end;
  const score = members.reduce((sum, m) => sum + m.score, 0) / members.length;
  return { type, text: text.slice(start, end), start, end, score };
}

function group(text: string, items: readonly Tagged[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  let current: Tagged[] = [];
  const close = () => {
    const type = tagOf(current[0].label)[1];
    if (type !== 'O') out.push(span(text, type, current));
  };
  for (const item of items) {
    if (current.length > 0) {
      const [bi, type] = tagOf(item.label);
      if (type !== tagOf(current[current.length - 1].label)[1] || bi === 'B') {
        close();
        current = [];
      }
    }
    current.push(item);
  }
  if (current.length > 0) close();
  return out;
}

/** The entities of `text` from its tokens' scores (tokens in text order, specials and padding left out). */
export function groupEntities(text: string, tokens: readonly ScoredToken[], labels: readonly string[], aggregation: Aggregation = 'simple'): EntitySpan[] {
  if (!AGGREGATIONS.includes(aggregation)) {
    throw new Error(`aggregation must be one of ${AGGREGATIONS.map((a) => `'${a}'`).join(', ')}; got ${JSON.stringify(aggregation)}.`);
  }
  if (aggregation === 'none') {
    return tokens
      .map((t) => tagged(t.scores, labels, t.start, t.end))
      .filter((t) => t.label !== 'O')
      .map((t) => span(text, t.label, [t]));
  }
  const items = aggregation === 'simple' ? tokens.map((t) => tagged(t.scores, labels, t.start, t.end)) : words(tokens, labels, aggregation);
  return group(text, items);
}

/**
 * Whether each token continues the word of the token before it: with a sub-word prefix
 * (WordPiece's '##') the token string says so; otherwise (SentencePiece, BPE, word
 * tokenizers) a token glued to the previous one with no space between does, as the pipeline guesses.
 */
export function subwordFlags(text: string, spans: ReadonlyArray<readonly [number, number]>, tokens: readonly string[], prefix = ''): boolean[] {
  return spans.map(([start], i) => {
    if (i === 0) return false;
    if (prefix) return tokens[i].startsWith(prefix);
    return start > 0 && spans[i - 1][1] === start && !/\s/.test(text[start - 1]);
  });
}
