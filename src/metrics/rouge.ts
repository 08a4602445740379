// ROUGE as Google's rouge-score package computes it (google-research/rouge, rouge_scorer.py; Lin 2004,
// "ROUGE: A Package for Automatic Evaluation of Summaries"), which replicates ROUGE-1.5.5 run as
// `-e data -n 2` (with `-m` when stemming):
// - tokens: lower-case, every run of characters outside [a-z0-9] becomes a space, split on spaces;
//   with the stemmer, tokens longer than 3 characters get NLTK's Porter stem (porter-stemmer.ts);
// - rougeN: clipped n-gram overlap; precision = overlap / prediction n-grams, recall = overlap /
//   reference n-grams (each denominator at least 1); F = 2PR / (P + R), 0 when P + R = 0;
// - rougeL: longest common subsequence of the whole token lists (0 when either is empty);
// - rougeLsum: summary-level LCS over sentences split on '\n' (blank lines dropped): for each
//   reference sentence the union of its LCS with every prediction sentence, each token counted at
//   most as often as it occurs on both sides (ROUGE-1.5.5's rule, Lin 2004 section 3.2).
// Several references per prediction score like rouge-score's score_multi: per type, the reference with
// the highest F. The corpus figure is the mean over pairs of precision, recall and F each: rouge-score's
// BootstrapAggregator reports the same mean as its `mid` (plus resampling noise), so no bootstrap here.
import { checkOptions } from '../options';
import { ROUGE_SPEC } from './option-specs';
import { porterStem } from './porter-stemmer';

export interface RougeScore {
  precision: number;
  recall: number;
  fmeasure: number;
}

/** 'rouge1' ... 'rouge9' (n-grams), 'rougeL' (LCS) or 'rougeLsum' (summary-level LCS over '\n'-separated sentences). */
export type RougeType = string;

export interface RougeOptions {
  /** Default ['rouge1', 'rouge2', 'rougeL', 'rougeLsum']. */
  types?: RougeType[];
  /** Porter-stem tokens longer than 3 characters (rouge-score's use_stemmer). Default false, as there. */
  stemmer?: boolean;
}

export const DEFAULT_ROUGE_TYPES: readonly RougeType[] = ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'];
const TYPE_PATTERN = /^rouge([1-9]|L|Lsum)$/;

/** rouge-score's tokenizer. */
export function rougeTokens(text: string, stemmer = false): string[] {
  const tokens = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(/\s+/);
  return tokens.map((t) => (stemmer && t.length > 3 ? porterStem(t) : t)).filter((t) => /^[a-z0-9]+$/.test(t));
}

function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function score(precision: number, recall: number): RougeScore {
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function rougeN(reference: string[], prediction: string[], n: number): RougeScore {
  const ref = ngramCounts(reference, n);
  const pred = ngramCounts(prediction, n);
  let overlap = 0;
  for (const [gram, count] of ref) overlap += Math.min(count, pred.get(gram) ?? 0);
  const refTotal = Math.max(reference.length - n + 1, 0);
  const predTotal = Math.max(prediction.length - n + 1, 0);
  return score(overlap / Math.max(predTotal, 1), overlap / Math.max(refTotal, 1));
}

/** The LCS length table, (ref.length + 1) x (can.length + 1). */
export function lcsTable(ref: readonly string[], can: readonly string[]): number[][] {
  const table = Array.from({ length: ref.length + 1 }, () => new Array<number>(can.length + 1).fill(0));
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= can.length; j++) {
      table[i][j] = ref[i - 1] === can[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
    }
  }
  return table;
}

/** Indices into `ref` of one LCS, read back the way rouge-score's _backtrack_norec does (ties move up). */
export function lcsIndices(ref: readonly string[], can: readonly string[]): number[] {
  const table = lcsTable(ref, can);
  const out: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (table[i][j - 1] > table[i - 1][j]) j--;
    else i--;
  }
  return out.reverse();
}

function rougeL(reference: string[], prediction: string[]): RougeScore {
  if (reference.length === 0 || prediction.length === 0) return score(0, 0);
  const lcs = lcsTable(reference, prediction)[reference.length][prediction.length];
  return score(lcs / prediction.length, lcs / reference.length);
}

/** Tokens of `ref` in the union of its LCS with each candidate sentence, in reference order. */
export function unionLcs(ref: readonly string[], candidates: readonly (readonly string[])[]): string[] {
  const union = new Set<number>();
  for (const c of candidates) for (const i of lcsIndices(ref, c)) union.add(i);
  return [...union].sort((a, b) => a - b).map((i) => ref[i]);
}

/** Summary-level LCS over tokenized sentences (rouge-score's _summary_level_lcs). */
export function summaryLevelLcs(refSentences: string[][], canSentences: string[][]): RougeScore {
  const m = refSentences.reduce((s, x) => s + x.length, 0);
  const n = canSentences.reduce((s, x) => s + x.length, 0);
  if (m === 0 || n === 0) return score(0, 0);
  const countsR = new Map<string, number>();
  const countsC = new Map<string, number>();
  refSentences.flat().forEach((t) => countsR.set(t, (countsR.get(t) ?? 0) + 1));
  canSentences.flat().forEach((t) => countsC.set(t, (countsC.get(t) ?? 0) + 1));
  let hits = 0;
  for (const r of refSentences) {
    for (const t of unionLcs(r, canSentences)) {
      const c = countsC.get(t) ?? 0;
      const rr = countsR.get(t) ?? 0;
      if (c > 0 && rr > 0) {
        hits++;
        countsC.set(t, c - 1);
        countsR.set(t, rr - 1);
      }
    }
  }
  return score(hits / n, hits / m);
}

function sentences(text: string, stemmer: boolean): string[][] {
  return text
    .split('\n')
    .filter((s) => s.length > 0)
    .map((s) => rougeTokens(s, stemmer));
}

function checkTypes(where: string, types: readonly RougeType[]): void {
  for (const t of types) {
    if (!TYPE_PATTERN.test(t)) throw new Error(`${where}: ROUGE type '${t}' is not one of rouge1 ... rouge9, rougeL, rougeLsum`);
  }
}

/** Scores of one prediction against one reference, per type (rouge-score's RougeScorer.score(reference, prediction)). */
export function rougePair(prediction: string, reference: string, options: RougeOptions = {}): Record<RougeType, RougeScore> {
  const where = 'tl.metrics.rougePair(prediction, reference, options)';
  checkOptions(where, 'options', options, ROUGE_SPEC);
  const types = options.types ?? DEFAULT_ROUGE_TYPES;
  checkTypes(where, types);
  return pairScores(prediction, reference, types, options.stemmer ?? false);
}

function pairScores(prediction: string, reference: string, types: readonly RougeType[], stemmer: boolean): Record<RougeType, RougeScore> {
  const refTokens = rougeTokens(reference, stemmer);
  const predTokens = rougeTokens(prediction, stemmer);
  const out: Record<RougeType, RougeScore> = {};
  for (const type of types) {
    if (type === 'rougeL') out[type] = rougeL(refTokens, predTokens);
    else if (type === 'rougeLsum') out[type] = summaryLevelLcs(sentences(reference, stemmer), sentences(prediction, stemmer));
    else out[type] = rougeN(refTokens, predTokens, Number(type.slice(5)));
  }
  return out;
}

export interface RougeReport {
  /** Mean precision, recall and F per type over the pairs. */
  scores: Record<RougeType, RougeScore>;
  /** Each prediction's scores (against its best reference per type). */
  perExample: Record<RougeType, RougeScore>[];
}

/**
 * ROUGE of predictions against references (one string, or several per prediction: the best per type
 * counts). Returns the mean scores per type; `rougeReport` also gives each example's.
 */
export function rouge(predictions: string[], references: (string | string[])[], options: RougeOptions = {}): Record<RougeType, RougeScore> {
  return rougeReportFor('tl.metrics.rouge(predictions, references, options)', predictions, references, options).scores;
}

/** rouge() plus the per-example scores. */
export function rougeReport(predictions: string[], references: (string | string[])[], options: RougeOptions = {}): RougeReport {
  return rougeReportFor('tl.metrics.rougeReport(predictions, references, options)', predictions, references, options);
}

function rougeReportFor(where: string, predictions: string[], references: (string | string[])[], options: RougeOptions): RougeReport {
  checkOptions(where, 'options', options, ROUGE_SPEC);
  if (!Array.isArray(predictions) || !predictions.every((p) => typeof p === 'string')) throw new Error(`${where}: predictions must be an array of strings`);
  if (!Array.isArray(references) || references.length !== predictions.length) {
    throw new Error(`${where}: references must be an array as long as predictions (${predictions.length}), got ${Array.isArray(references) ? references.length : typeof references}`);
  }
  const types = options.types ?? DEFAULT_ROUGE_TYPES;
  if (types.length === 0) throw new Error(`${where}: options.types is empty; pass e.g. ['rouge1', 'rouge2', 'rougeL', 'rougeLsum']`);
  checkTypes(where, types);
  const stemmer = options.stemmer ?? false;
  const perExample = predictions.map((prediction, i) => {
    const refs = typeof references[i] === 'string' ? [references[i] as string] : (references[i] as string[]);
    if (!Array.isArray(refs) || refs.length === 0 || !refs.every((r) => typeof r === 'string')) {
      throw new Error(`${where}: references[${i}] must be a string or a non-empty array of strings`);
    }
    const all = refs.map((r) => pairScores(prediction, r, types, stemmer));
    const best: Record<RougeType, RougeScore> = {};
    for (const type of types) best[type] = all.reduce((a, b) => (b[type].fmeasure > a[type].fmeasure ? b : a))[type];
    return best;
  });
  const scores: Record<RougeType, RougeScore> = {};
  for (const type of types) {
    const n = Math.max(perExample.length, 1);
    const mean = (key: keyof RougeScore) => perExample.reduce((s, e) => s + e[type][key], 0) / n;
    scores[type] = { precision: mean('precision'), recall: mean('recall'), fmeasure: mean('fmeasure') };
  }
  return { scores, perExample };
}
