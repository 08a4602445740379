// Sentence embeddings from a built encoder (ids -> [batch, dim]) for a list of texts:
// on the family's fast path when it has one, else in batches of similar length.
import { tf } from '../tf';
import type { Tokenizer } from '../tokenizers/types';
import { padIds, runInChunks, runInLengthBatches, INFERENCE_CALL_COST } from '../models/batching';
import { fastEncoderFor } from '../models/family-registry';

export function tokenIds(tokenizer: Tokenizer, texts: string[], maxLength: number): number[][] {
  return texts.map((text) => tokenizer.encode(text).slice(0, maxLength));
}

/** The encoder's output per text in inference mode, [texts, dim]. Caller disposes. */
export function embedTexts(encoder: tf.LayersModel, tokenizer: Tokenizer, texts: string[], maxLength: number, batchSize = 32): tf.Tensor2D {
  const ids = tokenIds(tokenizer, texts, maxLength);
  const fast = fastEncoderFor(encoder);
  if (fast) return runInChunks(ids, batchSize, (chunk) => fast.encode(chunk)) as tf.Tensor2D;
  return runInLengthBatches(ids, batchSize, (batch) => encoder.predict(padIds(batch, tokenizer.padId)) as tf.Tensor, {
    callCost: INFERENCE_CALL_COST,
  }) as tf.Tensor2D;
}
