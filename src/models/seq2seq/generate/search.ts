// Greedy search, sampling and beam search over a Stepper, following Hugging Face's
// generate (transformers' classic BeamSearchScorer: 2 x numBeams candidates per step, a
// finished hypothesis scores sum(log p) / length ** lengthPenalty, length counting the
// decoder start token; earlyStopping false stops when no running beam can beat the worst kept).
import { SeededRandom } from '../../../seed';
import { banEosBefore, banRepeatedNgrams, forceToken, logSoftmax, softmax, warp } from './processors';
import type { ResolvedGenerateOptions, SearchTokens } from './options';
import type { Stepper } from './stepper';

/** The logits processors at length `length` (tokens so far, start token included). */
function process(scores: Float32Array, tokens: number[], maxLength: number, o: ResolvedGenerateOptions, t: SearchTokens): void {
  const length = tokens.length;
  // HF runs the min-length processor before the forced-token ones, so a forced eos still wins.
  banEosBefore(scores, length - 1, o.minNewTokens, t.eos);
  if (t.forcedBos !== undefined && length === 1) forceToken(scores, t.forcedBos);
  else if (t.forcedEos !== undefined && length === maxLength - 1) forceToken(scores, t.forcedEos);
  banRepeatedNgrams(scores, tokens, o.noRepeatNgramSize);
}

function row(all: Float32Array, r: number, vocab: number): Float32Array {
  return all.slice(r * vocab, (r + 1) * vocab);
}

/** Greedy search or sampling: one row per input. Returns the generated ids (start token dropped, eos kept). */
export function greedyOrSample(stepper: Stepper, batch: number, o: ResolvedGenerateOptions, t: SearchTokens): number[][] {
  const maxLength = o.maxNewTokens + 1;
  const rng = o.doSample ? new SeededRandom(o.seed ?? Math.floor(Math.random() * 2 ** 32)) : undefined;
  const decoded = Array.from({ length: batch }, () => [t.decoderStart]);
  const done = new Array<boolean>(batch).fill(false);
  while (decoded[0].length < maxLength && done.some((d) => !d)) {
    const logits = stepper.next(decoded);
    for (let r = 0; r < batch; r++) {
      if (done[r]) {
        decoded[r].push(t.pad);
        continue;
      }
      const scores = row(logits, r, stepper.vocabSize);
      process(scores, decoded[r], maxLength, o, t);
      const token = rng ? sample(scores, o, rng) : argmax(scores);
      decoded[r].push(token);
      if (token === t.eos) done[r] = true;
    }
  }
  return decoded.map((d) => trim(d.slice(1), t));
}

function argmax(scores: Float32Array): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
  return best;
}

function sample(scores: Float32Array, o: ResolvedGenerateOptions, rng: SeededRandom): number {
  if (o.temperature !== 1) for (let i = 0; i < scores.length; i++) scores[i] /= o.temperature;
  warp(scores, o.topK, o.topP);
  const probs = softmax(scores);
  let u = rng.next();
  for (let i = 0; i < probs.length; i++) {
    u -= probs[i];
    if (u < 0) return i;
  }
  return argmax(scores);
}

/** Drops what follows the first eos (padding of finished rows). */
function trim(tokens: number[], t: SearchTokens): number[] {
  const end = tokens.indexOf(t.eos);
  return end < 0 ? tokens : tokens.slice(0, end + 1);
}

class Hypotheses {
  readonly kept: Array<{ score: number; tokens: number[] }> = [];
  worst = 1e9;
  constructor(private readonly numBeams: number, private readonly lengthPenalty: number, private readonly earlyStopping: boolean) {}

  add(tokens: number[], sumLogprobs: number): void {
    const score = sumLogprobs / tokens.length ** this.lengthPenalty;
    if (this.kept.length < this.numBeams || score > this.worst) {
      this.kept.push({ score, tokens });
      if (this.kept.length > this.numBeams) {
        const sorted = this.kept.map((h, i) => [h.score, i] as const).sort((a, b) => a[0] - b[0]);
        this.kept.splice(sorted[0][1], 1);
        this.worst = sorted[1][0];
      } else {
        this.worst = Math.min(score, this.worst);
      }
    }
  }

  isDone(bestSumLogprobs: number, length: number): boolean {
    if (this.kept.length < this.numBeams) return false;
    if (this.earlyStopping) return true;
    return this.worst >= bestSumLogprobs / length ** this.lengthPenalty;
  }

  best(): number[] {
    return this.kept.reduce((a, b) => (b.score > a.score ? b : a)).tokens;
  }
}

/** Beam search, all inputs' beams in one batch of batch x numBeams rows. */
export function beamSearch(stepper: Stepper, batch: number, o: ResolvedGenerateOptions, t: SearchTokens): number[][] {
  const nb = o.numBeams;
  const vocab = stepper.vocabSize;
  const maxLength = o.maxNewTokens + 1;
  let decoded = Array.from({ length: batch * nb }, () => [t.decoderStart]);
  // Only the first beam of each input is live at the start: the others would duplicate it.
  let beamScores: number[] = Array.from({ length: batch * nb }, (_, r) => (r % nb === 0 ? 0 : -1e9));
  const hyps = Array.from({ length: batch }, () => new Hypotheses(nb, o.lengthPenalty, o.earlyStopping));
  const done = new Array<boolean>(batch).fill(false);
  while (true) {
    const length = decoded[0].length;
    const logits = stepper.next(decoded);
    const nextScores: number[] = [];
    const nextTokens: number[] = [];
    const parents: number[] = [];
    for (let b = 0; b < batch; b++) {
      if (done[b]) {
        for (let k = 0; k < nb; k++) (nextScores.push(0), nextTokens.push(t.pad), parents.push(b * nb));
        continue;
      }
      // Scores of every (beam, token) continuation, then the 2 x numBeams best.
      const candidates: Array<{ score: number; token: number; beam: number }> = [];
      for (let k = 0; k < nb; k++) {
        const r = b * nb + k;
        const scores = logSoftmax(row(logits, r, vocab));
        process(scores, decoded[r], maxLength, o, t);
        for (let v = 0; v < vocab; v++) {
          const s = scores[v] + beamScores[r];
          if (candidates.length < 2 * nb || s > candidates[candidates.length - 1].score) {
            let at = candidates.length;
            while (at > 0 && candidates[at - 1].score < s) at--;
            candidates.splice(at, 0, { score: s, token: v, beam: r });
            if (candidates.length > 2 * nb) candidates.pop();
          }
        }
      }
      let kept = 0;
      for (let rank = 0; rank < candidates.length && kept < nb; rank++) {
        const c = candidates[rank];
        if (c.token === t.eos) {
          if (rank < nb) hyps[b].add(decoded[c.beam], c.score);
        } else {
          nextScores.push(c.score);
          nextTokens.push(c.token);
          parents.push(c.beam);
          kept++;
        }
      }
      // Fewer than numBeams non-eos candidates (tiny vocabularies): keep dead rows.
      for (; kept < nb; kept++) (nextScores.push(-Infinity), nextTokens.push(t.pad), parents.push(b * nb));
      done[b] = hyps[b].isDone(candidates[0].score, length);
    }
    decoded = parents.map((p, i) => [...decoded[p], nextTokens[i]]);
    beamScores = nextScores;
    if (done.every(Boolean) || length + 1 >= maxLength) break;
    stepper.reorder(parents);
  }
  return hyps.map((h, b) => {
    if (!done[b]) for (let k = 0; k < nb; k++) h.add(decoded[b * nb + k], beamScores[b * nb + k]);
    const best = h.best().slice(1);
    // HF appends eos to a hypothesis that ended by finishing (not by running out of length).
    return best.length + 1 < maxLength ? [...best, t.eos] : best;
  });
}
