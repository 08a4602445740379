// SQuAD v1.1 exact match and F1 (the official evaluate-v1.1.py): answers are lower-cased,
// stripped of punctuation and the articles a/an/the, and whitespace-collapsed; each prediction
// scores its best match among the references; totals are percentages.

const PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
// Python's \b is Unicode-aware: a word character is a letter, digit or underscore in any script.
const ARTICLES = /(?<![\p{L}\p{N}_])(a|an|the)(?![\p{L}\p{N}_])/gu;

export function normalizeAnswer(text: string): string {
  const lower = text.toLowerCase();
  const noPunct = [...lower].filter((ch) => !PUNCTUATION.has(ch)).join('');
  return noPunct.replace(ARTICLES, ' ').split(/\s+/).filter(Boolean).join(' ');
}

function tokens(text: string): string[] {
  return normalizeAnswer(text).split(' ').filter(Boolean);
}

export function exactMatchScore(prediction: string, reference: string): number {
  return normalizeAnswer(prediction) === normalizeAnswer(reference) ? 1 : 0;
}

/** Token-overlap F1; 0 when nothing is shared (so an empty answer scores 0, as in v1.1). */
export function squadF1Score(prediction: string, reference: string): number {
  const pred = tokens(prediction);
  const ref = tokens(reference);
  const counts = new Map<string, number>();
  ref.forEach((t) => counts.set(t, (counts.get(t) ?? 0) + 1));
  let same = 0;
  for (const t of pred) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      same++;
      counts.set(t, c - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / pred.length;
  const recall = same / ref.length;
  return (2 * precision * recall) / (precision + recall);
}

export function squad(predictions: readonly string[], references: readonly (readonly string[])[]): { exactMatch: number; f1: number } {
  if (!Array.isArray(predictions) || !Array.isArray(references)) {
    throw new TypeError('squad(predictions, references) takes an array of answers and an array of reference-answer arrays.');
  }
  if (predictions.length !== references.length) {
    throw new RangeError(
      `predictions has ${predictions.length} answers but references has ${references.length} entries: one per question.`,
    );
  }
  if (predictions.length === 0) throw new RangeError('squad needs at least one question; predictions is empty.');
  let em = 0;
  let f1 = 0;
  predictions.forEach((p, i) => {
    const refs = references[i];
    if (typeof p !== 'string') throw new TypeError(`predictions[${i}] is ${typeof p}; answers must be strings ('' for none).`);
    if (!Array.isArray(refs) || refs.length === 0 || refs.some((r) => typeof r !== 'string')) {
      throw new TypeError(`references[${i}] must be a non-empty array of reference answers (strings).`);
    }
    em += Math.max(...refs.map((r) => exactMatchScore(p, r)));
    f1 += Math.max(...refs.map((r) => squadF1Score(p, r)));
  });
  return { exactMatch: (100 * em) / predictions.length, f1: (100 * f1) / predictions.length };
}
