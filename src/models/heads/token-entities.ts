// A token classifier's output for one text, shared by the tfjs and ONNX models: per-token
// tags with their character spans, and the entities grouped from them (special tokens,
// padding and zero-width tokens such as a lone SentencePiece '▁' take no part).
import type { Tokenizer } from '../../tokenizers/types';
import { tokenOffsets } from '../../tokenizers/offsets';
import type { CharSpan } from '../../tokenizers/offsets-types';
import type { Prediction, TextModelConfig } from '../types';
import { AGGREGATIONS, groupEntities, subwordFlags, type Aggregation, type ScoredToken } from './entity-grouping';
import { checkTruncation, truncate } from './truncation';
import type { TokenPrediction, TokenSequencePrediction } from './types';

export const DEFAULT_AGGREGATION: Aggregation = 'simple';

/** The aggregation a predict call uses: its option, else the model config's, else 'simple'. */
export function aggregationOf(option: unknown, config: TextModelConfig, where: string): Aggregation {
  const value = option ?? config.aggregation ?? DEFAULT_AGGREGATION;
  if (!AGGREGATIONS.includes(value as Aggregation)) {
    throw new Error(`${where}: aggregation must be one of ${AGGREGATIONS.map((a) => `'${a}'`).join(', ')}; got ${JSON.stringify(value)}.`);
  }
  return value as Aggregation;
}

/** WordPiece's continuing-sub-word prefix ('##') of a tokenizer.json tokenizer; '' for the others. */
function subwordPrefix(tokenizer: Tokenizer): string {
  if (tokenizer.kind !== 'huggingface') return '';
  const json = tokenizer.toJSON() as { tokenizer?: { model?: { continuing_subword_prefix?: string | null } } };
  return json.tokenizer?.model?.continuing_subword_prefix ?? '';
}

function best(scores: number[], labels: readonly string[]): Prediction {
  let k = 0;
  scores.forEach((s, j) => {
    if (s > scores[k]) k = j;
  });
  return { label: labels[k], score: scores[k], scores };
}

/**
 * `rows` are the model's probabilities for the text's ids after truncation (one row per id, no padding).
 * The sentence-level label/score/scores are the mean of the token distributions (kept for the TextModel contract).
 */
export function tokenSequencePrediction(
  tokenizer: Tokenizer,
  text: string,
  rows: number[][],
  labels: readonly string[],
  config: TextModelConfig,
  aggregation: Aggregation,
): TokenSequencePrediction {
  const enc = tokenOffsets(tokenizer, text);
  const truncation = checkTruncation(config.truncation, 'token classifier');
  const kept = truncate(enc.ids.map((_, t) => t), config.maxLength, truncation);
  if (kept.length !== rows.length) {
    throw new Error(`token classifier: ${rows.length} score rows for ${kept.length} tokens of texts; the tokenizer's offsets disagree with its ids.`);
  }
  const tokens: TokenPrediction[] = kept.map((t, r) => {
    const offset: CharSpan | null = enc.offsets[t];
    return { token: enc.tokens[t] ?? '', ...(offset ? { start: offset[0], end: offset[1] } : {}), ...best(rows[r], labels) };
  });
  const real = kept.map((t, r) => ({ offset: enc.offsets[t], r, t })).filter((x): x is { offset: CharSpan; r: number; t: number } => x.offset !== null && x.offset[1] > x.offset[0]);
  const flags = subwordFlags(text, real.map((x) => x.offset), real.map((x) => enc.tokens[x.t] ?? ''), subwordPrefix(tokenizer));
  const scored: ScoredToken[] = real.map((x, i) => ({ start: x.offset[0], end: x.offset[1], scores: rows[x.r], isSubword: flags[i] }));
  const mean = labels.map((_, k) => rows.reduce((sum, row) => sum + row[k], 0) / Math.max(rows.length, 1));
  return { ...best(mean, labels), entities: groupEntities(text, scored, labels, aggregation), tokens };
}
