// Next-token logits for a batch of decoder rows, with the key/value cache (one step per
// token) or without it (the whole prefix again each step: the reference the cache must match).
import { tf } from '../../../tf';
import { decodeFull, decodeStep, disposeCache, reorderCache, runEncoder, startCache, type DecoderCache, type Seq2SeqParts } from '../architecture';

export interface Stepper {
  readonly vocabSize: number;
  /** Logits [rows * vocab] of the token after each row of `decoded` (rows are the current beams). */
  next(decoded: number[][]): Float32Array;
  /** Keeps row rows[i] as the new row i (beam search's parents). */
  reorder(rows: number[]): void;
  dispose(): void;
}

/** Encodes `ids` once, each input repeated `copies` times (beams), and decodes step by step. */
export function createStepper(parts: Seq2SeqParts, ids: tf.Tensor2D, copies: number, useCache: boolean): Stepper {
  const { hidden, padding } = tf.tidy(() => {
    const batch = ids.shape[0];
    const rows = tf.tensor1d(Array.from({ length: batch * copies }, (_, r) => Math.floor(r / copies)), 'int32');
    const enc = runEncoder(parts, ids);
    return { hidden: tf.gather(enc.hidden, rows), padding: tf.gather(enc.padding, rows) };
  });
  const vocabSize = parts.cfg.vocabSize;
  if (useCache) {
    let cache: DecoderCache | undefined = startCache(parts, hidden, padding);
    tf.dispose([hidden, padding]);
    return {
      vocabSize,
      next(decoded) {
        const last = tf.tensor2d(decoded.map((row) => [row[row.length - 1]]), undefined, 'int32');
        const logits = decodeStep(parts, cache!, last);
        last.dispose();
        const out = logits.dataSync() as Float32Array;
        logits.dispose();
        return out;
      },
      reorder(rows) {
        cache = reorderCache(cache!, rows);
      },
      dispose() {
        if (cache) disposeCache(cache);
        cache = undefined;
      },
    };
  }
  let enc = { hidden, padding };
  return {
    vocabSize,
    next(decoded) {
      const prefix = tf.tensor2d(decoded, undefined, 'int32');
      const logits = decodeFull(parts, enc.hidden, enc.padding, prefix);
      prefix.dispose();
      const out = logits.dataSync() as Float32Array;
      logits.dispose();
      return out;
    },
    reorder(rows) {
      const index = tf.tensor1d(rows, 'int32');
      const next = { hidden: tf.gather(enc.hidden, index), padding: tf.gather(enc.padding, index) };
      tf.dispose([index, enc.hidden, enc.padding]);
      enc = next;
    },
    dispose() {
      tf.dispose([enc.hidden, enc.padding]);
    },
  };
}
