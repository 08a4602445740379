// generate(): encode once, then greedy search, sampling or beam search over the decoder.
import type { tf } from '../../../tf';
import type { Seq2SeqParts } from '../architecture';
import type { ResolvedGenerateOptions, SearchTokens } from './options';
import { beamSearch, greedyOrSample } from './search';
import { createStepper } from './stepper';

/** Generated ids per input row of `ids` (padded [batch, length]); the decoder start token is not included. */
export function generateIds(parts: Seq2SeqParts, ids: tf.Tensor2D, options: ResolvedGenerateOptions): number[][] {
  const cfg = parts.cfg;
  const tokens: SearchTokens = { decoderStart: cfg.decoderStartTokenId, eos: cfg.eosTokenId, pad: cfg.padTokenId, forcedBos: cfg.forcedBosTokenId, forcedEos: cfg.forcedEosTokenId };
  const batch = ids.shape[0];
  const beams = options.numBeams;
  const stepper = createStepper(parts, ids, beams, options.cache);
  try {
    return beams > 1 ? beamSearch(stepper, batch, options, tokens) : greedyOrSample(stepper, batch, options, tokens);
  } finally {
    stepper.dispose();
  }
}
