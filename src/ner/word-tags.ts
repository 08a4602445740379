// Between character-level entities and word-level IOB2 tags: what seqeval scores is word tags,
// what models and the rule tagger return is character spans.
import type { CharSpan } from '../tokenizers/offsets-types';
import { getEntities } from '../metrics/entity-f1';

/** A typed span of a text; `text === sentence.slice(start, end)`. */
export interface TextSpan {
  type: string;
  text: string;
  start: number;
  end: number;
}

/** IOB2 word tags: a word overlapping an entity takes its type (B- on the entity's first word, I- after). */
export function wordTagsOf(entities: ReadonlyArray<{ type: string; start: number; end: number }>, words: readonly CharSpan[]): string[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  let previous: (typeof sorted)[number] | undefined;
  return words.map(([ws, we]) => {
    const entity = sorted.find((e) => e.start < we && ws < e.end);
    const tag = entity ? `${entity === previous ? 'I' : 'B'}-${entity.type}` : 'O';
    previous = entity;
    return tag;
  });
}

/** The entities that a sentence's word tags make (seqeval's chunking), as spans of its text. */
export function spansOfTags(tags: readonly string[], words: readonly CharSpan[], text: string): TextSpan[] {
  return getEntities([tags]).map((e) => {
    const start = words[e.start][0];
    const end = words[e.end][1];
    return { type: e.type, text: text.slice(start, end), start, end };
  });
}
