// The errors of one sentence's predicted entities against its gold ones, the way one reads a
// tagger's mistakes: wrong type (same span), boundary (overlapping, other span), missed and spurious.
import type { TextSpan } from './word-tags';

export type EntityErrorKind = 'missed' | 'spurious' | 'wrong-type' | 'boundary';

export interface EntityError {
  kind: EntityErrorKind;
  /** Index of the sentence in the evaluated data. */
  index: number;
  sentence: string;
  gold?: TextSpan;
  predicted?: TextSpan;
}

const sameSpan = (a: TextSpan, b: TextSpan) => a.start === b.start && a.end === b.end;
const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;

/** Errors in text order; an exact match (type and span) is no error. */
export function entityErrors(index: number, sentence: string, gold: readonly TextSpan[], predicted: readonly TextSpan[]): EntityError[] {
  const exact = (p: TextSpan) => gold.some((g) => sameSpan(g, p) && g.type === p.type);
  const explained = new Set<TextSpan>();
  const errors: EntityError[] = [];
  for (const p of predicted) {
    if (exact(p)) {
      explained.add(gold.find((g) => sameSpan(g, p) && g.type === p.type)!);
      continue;
    }
    const retyped = gold.find((g) => sameSpan(g, p));
    const partial = retyped ?? gold.find((g) => overlaps(g, p) && !exactFor(g, predicted));
    if (partial) explained.add(partial);
    errors.push(
      partial
        ? { kind: retyped ? 'wrong-type' : 'boundary', index, sentence, gold: partial, predicted: p }
        : { kind: 'spurious', index, sentence, predicted: p },
    );
  }
  for (const g of gold) if (!explained.has(g)) errors.push({ kind: 'missed', index, sentence, gold: g });
  const at = (e: EntityError) => (e.gold ?? e.predicted)!.start;
  return errors.sort((a, b) => at(a) - at(b));
}

/** Whether some prediction matches this gold entity exactly (then an overlapping other prediction is spurious). */
function exactFor(g: TextSpan, predicted: readonly TextSpan[]): boolean {
  return predicted.some((p) => sameSpan(g, p) && g.type === p.type);
}
