// Sentence salience for extractive summaries: TextRank/LexRank-style weighted PageRank over the
// cosine-similarity graph of sentence embeddings (Mihalcea & Tarau 2004; Erkan & Radev 2004), and
// Maximal Marginal Relevance (Carbonell & Goldstein 1998) to pick salient but non-redundant ones.
import { tf } from '../tf';

/** Cosine similarities [n][n] of the rows of `embeddings` (any length; normalized here). */
export function cosineMatrix(embeddings: tf.Tensor2D): number[][] {
  const values = tf.tidy(() => {
    const norm = tf.maximum(tf.norm(embeddings, 2, 1, true), 1e-12);
    const unit = tf.div(embeddings, norm);
    return tf.matMul(unit, unit, false, true);
  });
  const rows = values.arraySync() as number[][];
  values.dispose();
  return rows;
}

export interface PageRankOptions {
  /** The random surfer's probability of following an edge. Default 0.85 (TextRank's). */
  damping?: number;
  /** Stop when no score moves more than this. Default 1e-6. */
  tolerance?: number;
  /** Default 100. */
  maxIterations?: number;
}

/**
 * Weighted PageRank on an undirected similarity graph: edge weights are the similarities with
 * negatives and self-loops dropped; a node without edges spreads its score evenly. Scores sum to 1.
 */
export function pageRank(similarity: number[][], options: PageRankOptions = {}): number[] {
  const n = similarity.length;
  if (n === 0) return [];
  const d = options.damping ?? 0.85;
  const tolerance = options.tolerance ?? 1e-6;
  const weight = similarity.map((row, i) => row.map((s, j) => (i === j ? 0 : Math.max(s, 0))));
  const outSum = weight.map((row) => row.reduce((a, b) => a + b, 0));
  let score = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < (options.maxIterations ?? 100); iter++) {
    const dangling = score.reduce((acc, s, j) => (outSum[j] === 0 ? acc + s : acc), 0);
    const next = score.map((_, i) => {
      let inflow = 0;
      for (let j = 0; j < n; j++) if (outSum[j] > 0) inflow += (weight[j][i] / outSum[j]) * score[j];
      return (1 - d) / n + d * (inflow + dangling / n);
    });
    const delta = Math.max(...next.map((v, i) => Math.abs(v - score[i])));
    score = next;
    if (delta < tolerance) break;
  }
  return score;
}

/**
 * Picks k indices: each next one maximizes lambda * relevance - (1 - lambda) * (its highest
 * similarity to those already picked), relevance scaled to [0, 1] by its maximum. lambda = 1 is
 * plain top-k by relevance. Ties go to the earlier index.
 */
export function mmrSelect(relevance: number[], similarity: number[][], k: number, lambda: number): number[] {
  const top = Math.max(...relevance, 0);
  const rel = relevance.map((r) => (top > 0 ? r / top : 0));
  const chosen: number[] = [];
  const left = new Set(relevance.map((_, i) => i));
  while (chosen.length < k && left.size > 0) {
    let best = -1;
    let bestScore = -Infinity;
    for (const i of left) {
      const redundancy = chosen.length === 0 ? 0 : Math.max(...chosen.map((j) => similarity[i][j]));
      const s = lambda * rel[i] - (1 - lambda) * redundancy;
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    chosen.push(best);
    left.delete(best);
  }
  return chosen;
}
