// Extractive answers from start/end logits, scored as Hugging Face's question-answering
// pipeline does (transformers/pipelines/question_answering.py, select_starts_ends and
// decode_spans): per window, a softmax over the context tokens and token 0 (the null
// answer's position), a span's score = p(start) * p(end) with start <= end and at most
// maxAnswerLength tokens; the spans of all windows of a question compete on that score.
// Pure: numbers in, answers out.
import type { CharSpan } from '../../tokenizers/offsets-types';
import type { AnswerPrediction } from '../types';

/** One window of a (question, context) pair as the model saw it. */
export interface WindowLogits {
  /** Start and end logits, one per token of the window (padding may follow; it is never chosen). */
  start: ArrayLike<number>;
  end: ArrayLike<number>;
  /** The context's span behind each token; null for question, special and padding tokens. */
  offsets: ReadonlyArray<CharSpan | null>;
}

export interface SpanDecodeOptions {
  /** Most tokens an answer spans. Default 30. */
  maxAnswerLength?: number;
  /** How many answers to return, best first. Default 1. */
  topK?: number;
  /**
   * SQuAD v2: answer "" (start = end = 0) when the null score, p(start = 0) * p(end = 0) (the
   * lowest over the windows, as the pipeline takes it), exceeds the best span's score by more
   * than this. Undefined (default): always answer with a span, as for SQuAD v1.
   */
  noAnswerThreshold?: number;
}

export const DEFAULT_MAX_ANSWER_LENGTH = 30;

/** The empty answer of an unanswerable question. */
export function noAnswer(score: number): AnswerPrediction {
  return { answer: '', start: 0, end: 0, score };
}

function softmaxOver(logits: ArrayLike<number>, allowed: boolean[]): number[] {
  let max = -Infinity;
  for (let i = 0; i < allowed.length; i++) if (allowed[i]) max = Math.max(max, logits[i]);
  const out = allowed.map((ok, i) => (ok ? Math.exp(logits[i] - max) : 0));
  const sum = out.reduce((a, b) => a + b, 0);
  return out.map((p) => p / sum);
}

interface Candidate {
  score: number;
  start: number;
  end: number;
}

/** The best `topK` spans of one window (character spans into the context), and its null score. */
function windowCandidates(window: WindowLogits, maxAnswerLength: number, topK: number): { spans: Candidate[]; nullScore: number } {
  const n = Math.min(window.start.length, window.end.length, window.offsets.length);
  // Token 0 is the null answer's position; it joins the softmax but is never a span's end.
  const allowed = Array.from({ length: n }, (_, i) => i === 0 || window.offsets[i] !== null);
  const ps = softmaxOver(window.start, allowed);
  const pe = softmaxOver(window.end, allowed);
  const nullScore = n > 0 ? ps[0] * pe[0] : 0;
  const spans: Candidate[] = [];
  for (let s = 1; s < n; s++) {
    const from = window.offsets[s];
    if (!from) continue;
    for (let e = s; e < Math.min(n, s + maxAnswerLength); e++) {
      const to = window.offsets[e];
      if (!to) continue;
      spans.push({ score: ps[s] * pe[e], start: from[0], end: to[1] });
    }
  }
  spans.sort((a, b) => b.score - a.score);
  return { spans: spans.slice(0, topK), nullScore };
}

/**
 * The `topK` best answers to one question over all its windows, best first; the same
 * character span found in two overlapping windows counts once, with its best score.
 */
export function decodeAnswers(windows: readonly WindowLogits[], context: string, options: SpanDecodeOptions = {}): AnswerPrediction[] {
  const maxAnswerLength = options.maxAnswerLength ?? DEFAULT_MAX_ANSWER_LENGTH;
  const topK = options.topK ?? 1;
  if (!Number.isInteger(maxAnswerLength) || maxAnswerLength < 1) throw new RangeError(`decodeAnswers: maxAnswerLength must be a positive integer, got ${maxAnswerLength}.`);
  if (!Number.isInteger(topK) || topK < 1) throw new RangeError(`decodeAnswers: topK must be a positive integer, got ${topK}.`);
  const best = new Map<string, Candidate>();
  let nullScore = Infinity;
  for (const window of windows) {
    const found = windowCandidates(window, maxAnswerLength, topK);
    nullScore = Math.min(nullScore, found.nullScore);
    for (const c of found.spans) {
      const key = `${c.start}:${c.end}`;
      if ((best.get(key)?.score ?? -1) < c.score) best.set(key, c);
    }
  }
  if (!Number.isFinite(nullScore)) nullScore = 0;
  const answers: AnswerPrediction[] = [...best.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, topK)
    .map((c) => ({ answer: context.slice(c.start, c.end), start: c.start, end: c.end, score: c.score }));
  const threshold = options.noAnswerThreshold;
  if (threshold === undefined) return answers.length > 0 ? answers : [noAnswer(nullScore)];
  // The null answer ranks where its score less the threshold falls among the spans.
  const rank = answers.findIndex((a) => nullScore - threshold > a.score);
  answers.splice(rank < 0 ? answers.length : rank, 0, noAnswer(nullScore));
  return answers.slice(0, topK);
}
