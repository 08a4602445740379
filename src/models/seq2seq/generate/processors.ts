// Hugging Face's logits processors and warpers, on one row of scores in place:
// minimum length, forced BOS/EOS, no-repeat n-grams, temperature, top-k, top-p.

/** Bans `eos` while fewer than `minNewTokens` tokens follow the decoder start (MinNewTokensLengthLogitsProcessor). */
export function banEosBefore(scores: Float32Array, generated: number, minNewTokens: number, eos: number): void {
  if (generated < minNewTokens) scores[eos] = -Infinity;
}

/** Every score -inf except `token`'s, which becomes 0 (ForcedBOS/ForcedEOSTokenLogitsProcessor). */
export function forceToken(scores: Float32Array, token: number): void {
  scores.fill(-Infinity);
  scores[token] = 0;
}

/** Bans each token that would repeat an n-gram of `tokens` (NoRepeatNGramLogitsProcessor). */
export function banRepeatedNgrams(scores: Float32Array, tokens: number[], n: number): void {
  if (n <= 0 || tokens.length + 1 < n) return;
  const prefix = tokens.slice(tokens.length - n + 1);
  for (let start = 0; start + n <= tokens.length; start++) {
    let match = true;
    for (let j = 0; j < n - 1 && match; j++) match = tokens[start + j] === prefix[j];
    if (match) scores[tokens[start + n - 1]] = -Infinity;
  }
}

/** log softmax of one row (float64 sums). */
export function logSoftmax(row: Float32Array): Float32Array {
  let max = -Infinity;
  for (const v of row) if (v > max) max = v;
  let sum = 0;
  for (const v of row) sum += Math.exp(v - max);
  const log = max + Math.log(sum);
  return row.map((v) => v - log);
}

/** TopK then TopP warpers as HF applies them: the rest become -inf. */
export function warp(scores: Float32Array, topK: number, topP: number): void {
  const order = Array.from(scores.keys()).sort((a, b) => scores[b] - scores[a]);
  if (topK > 0 && topK < scores.length) for (const i of order.slice(topK)) scores[i] = -Infinity;
  if (topP < 1) {
    const probs = softmax(scores);
    // Keep the smallest top set whose mass reaches topP (at least one token).
    let mass = 0;
    let keep = 0;
    while (keep < order.length && (keep === 0 || mass < topP)) mass += probs[order[keep++]];
    for (const i of order.slice(keep)) scores[i] = -Infinity;
  }
}

export function softmax(scores: Float32Array): Float64Array {
  let max = -Infinity;
  for (const v of scores) if (v > max) max = v;
  const out = new Float64Array(scores.length);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) sum += out[i] = scores[i] === -Infinity ? 0 : Math.exp(scores[i] - max);
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}
