// USE-lite's SentencePiece vocabulary, as shipped in vocab.json.
import { readFile } from 'node:fs/promises';
import type { ScoredPiece } from '../../tokenizers/sentencepiece';

/** Ids 0..5: the unknown symbol, <s>, </s> and three reserved ids that text never matches. */
export const USE_LITE_UNK_ID = 0;
export const USE_LITE_CONTROL_IDS = [1, 2, 3, 4, 5];

export async function readUseLiteVocab(file: string): Promise<ScoredPiece[]> {
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new Error(`Cannot read the USE-lite vocabulary ${file} (${err.code ?? err.message}): reinstall the model package.`);
  });
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file} is not JSON (${(err as Error).message}): reinstall the model package.`);
  }
  if (!Array.isArray(entries) || entries.some((e) => !Array.isArray(e) || typeof e[0] !== 'string')) {
    throw new Error(`${file} is not a list of [piece, score] pairs.`);
  }
  return repairScores(entries as Array<[string, number | null]>);
}

/**
 * The shipped vocab.json lost the scores of nine pieces containing ':' (':' is
 * null, ':30' is 30, ':00' is 0), which would make Viterbi prefer them over
 * everything. A unigram vocabulary is sorted by score (best first), so a lost
 * score is restored as the mean of its neighbours' scores.
 */
export function repairScores(entries: Array<[string, number | null]>): ScoredPiece[] {
  const first = USE_LITE_CONTROL_IDS[USE_LITE_CONTROL_IDS.length - 1] + 1;
  const scores = entries.map(([, s]) => s);
  // Real log-probabilities are finite and negative.
  const valid = (s: number | null): s is number => typeof s === 'number' && Number.isFinite(s) && s < 0;
  const nearest = (i: number, step: number): number | undefined => {
    for (let j = i + step; j >= first && j < scores.length; j += step) {
      const s = scores[j];
      if (valid(s)) return s;
    }
    return undefined;
  };
  return entries.map(([piece, score], i) => {
    if (i < first || valid(score)) return [piece, score ?? 0];
    const before = nearest(i, -1);
    const after = nearest(i, 1);
    const restored = before !== undefined && after !== undefined ? (before + after) / 2 : (before ?? after ?? -1);
    return [piece, restored];
  });
}
