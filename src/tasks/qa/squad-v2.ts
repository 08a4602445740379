// SQuAD v2.0 scoring (the official evaluate-v2.0.py): a question without gold answers is
// answered correctly only by "" (then EM = F1 = 1); F1 with an empty side is 1 when both are
// empty, else 0; each question scores its best gold answer. Totals are percentages, split
// into HasAns_ (answerable) and NoAns_ (unanswerable) when both kinds are present.
import { normalizeAnswer, exactMatchScore } from '../../metrics/squad';

function tokens(text: string): string[] {
  return normalizeAnswer(text).split(' ').filter(Boolean);
}

export function v2F1(prediction: string, gold: string): number {
  const pred = tokens(prediction);
  const ref = tokens(gold);
  if (pred.length === 0 || ref.length === 0) return pred.length === ref.length ? 1 : 0;
  const counts = new Map<string, number>();
  ref.forEach((t) => counts.set(t, (counts.get(t) ?? 0) + 1));
  let same = 0;
  for (const t of pred) {
    const c = counts.get(t) ?? 0;
    if (c > 0) (same++, counts.set(t, c - 1));
  }
  if (same === 0) return 0;
  const precision = same / pred.length;
  const recall = same / ref.length;
  return (2 * precision * recall) / (precision + recall);
}

export interface QuestionScore {
  exactMatch: number;
  f1: number;
  hasAnswer: boolean;
}

/** EM and F1 (0..1) of one prediction against its gold answers ([] = unanswerable). */
export function scoreQuestion(prediction: string, goldAnswers: readonly string[]): QuestionScore {
  const golds = goldAnswers.filter((a) => normalizeAnswer(a) !== '');
  const refs = golds.length > 0 ? golds : [''];
  return {
    exactMatch: Math.max(...refs.map((g) => exactMatchScore(prediction, g))),
    f1: Math.max(...refs.map((g) => v2F1(prediction, g))),
    hasAnswer: golds.length > 0,
  };
}

export interface SquadTotals {
  /** Percent. */
  exactMatch: number;
  f1: number;
  total: number;
}

export interface SquadV2Scores extends SquadTotals {
  /** Answerable questions only (present when the set has any). */
  hasAns?: SquadTotals;
  /** Unanswerable questions only (present when the set has any). */
  noAns?: SquadTotals;
}

function totals(scores: readonly QuestionScore[]): SquadTotals {
  const n = scores.length;
  return {
    exactMatch: (100 * scores.reduce((s, q) => s + q.exactMatch, 0)) / n,
    f1: (100 * scores.reduce((s, q) => s + q.f1, 0)) / n,
    total: n,
  };
}

/** The official script's totals of per-question scores. */
export function squadV2Totals(scores: readonly QuestionScore[]): SquadV2Scores {
  if (scores.length === 0) throw new RangeError('squadV2Totals: no questions to score.');
  const has = scores.filter((s) => s.hasAnswer);
  const no = scores.filter((s) => !s.hasAnswer);
  return {
    ...totals(scores),
    ...(has.length > 0 ? { hasAns: totals(has) } : {}),
    ...(no.length > 0 ? { noAns: totals(no) } : {}),
  };
}
