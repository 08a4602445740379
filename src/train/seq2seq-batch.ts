// Encoder-decoder training batches: { text, summary } rows to token ids, teacher forcing
// (decoder inputs = labels shifted right after the decoder start token), label padding
// ignored in the loss (-100, as HF), optional label smoothing.
import { tf } from '../tf';
import { columnValues, isDataFrameLike } from '../data/frame-like';
import type { Seq2SeqData } from './seq2seq-data';
import type { Seq2SeqModel } from '../models/seq2seq/model';

/** Label positions the loss ignores (padding), as Hugging Face's -100. */
export const IGNORE_INDEX = -100;

/** Token ids of rows (truncated), with the summaries' text for ROUGE. */
export interface Pairs {
  inputs: number[][];
  labels: number[][];
  summaries: string[];
}

export function pairs(model: Seq2SeqModel, data: Seq2SeqData, textColumn: string, summaryColumn: string, argument: string, maxLength: number, maxTargetLength: number): Pairs {
  let texts: unknown[];
  let summaries: unknown[];
  if (isDataFrameLike(data)) {
    texts = columnValues(data, textColumn, argument);
    summaries = columnValues(data, summaryColumn, argument);
  } else if (Array.isArray(data)) {
    texts = data.map((r) => (r as unknown as Record<string, unknown>)[textColumn]);
    summaries = data.map((r) => (r as unknown as Record<string, unknown>)[summaryColumn]);
  } else {
    throw new TypeError(`${argument}: pass a DataFrame or an array of { ${textColumn}, ${summaryColumn} } rows.`);
  }
  const bad = [...texts, ...summaries].findIndex((v) => typeof v !== 'string');
  if (bad >= 0) throw new TypeError(`${argument}: row ${bad % texts.length} has a ${bad < texts.length ? textColumn : summaryColumn} that is not a string.`);
  if (texts.length === 0) throw new RangeError(`${argument}: no rows.`);
  const eos = model.arch.eosTokenId;
  const cut = (ids: number[], max: number) => (ids.length <= max ? ids : [...ids.slice(0, max - 1), ...(ids[ids.length - 1] === eos ? [eos] : [ids[max - 1]])]);
  return {
    inputs: texts.map((t) => cut(model.tokenizer.encode(t as string), maxLength)),
    labels: summaries.map((s) => cut(model.tokenizer.encode(s as string), maxTargetLength)),
    summaries: summaries as string[],
  };
}

/** Padded input ids, decoder inputs (shift right) and labels (-100 padded) for some rows. */
export function seq2seqBatch(model: Seq2SeqModel, inputs: number[][], labels: number[][]): { ids: tf.Tensor2D; decoderIds: tf.Tensor2D; labels: tf.Tensor2D } {
  const { padTokenId: pad, decoderStartTokenId: start } = model.arch;
  const width = Math.max(...labels.map((l) => l.length));
  const padded = labels.map((l) => [...l, ...new Array<number>(width - l.length).fill(IGNORE_INDEX)]);
  const shifted = padded.map((l) => [start, ...l.slice(0, -1)].map((t) => (t === IGNORE_INDEX ? pad : t)));
  return {
    ids: model.encodeIds(inputs, { maxLength: Number.MAX_SAFE_INTEGER }),
    decoderIds: tf.tensor2d(shifted, [labels.length, width], 'int32'),
    labels: tf.tensor2d(padded, [labels.length, width], 'int32'),
  };
}

/**
 * Mean token cross-entropy over labels != -100 (torch's cross_entropy with ignore_index and
 * label_smoothing: (1 - e) * nll + e * mean over the vocabulary of -log p).
 */
export function seq2seqLoss(logits: tf.Tensor, labels: tf.Tensor, labelSmoothing = 0): tf.Scalar {
  return tf.tidy(() => {
    const vocab = logits.shape[logits.shape.length - 1] as number;
    const flat = tf.reshape(labels, [-1]);
    const keep = tf.cast(tf.notEqual(flat, IGNORE_INDEX), 'float32');
    const logp = tf.logSoftmax(tf.reshape(logits, [-1, vocab]));
    const target = tf.oneHot(tf.cast(tf.maximum(flat, 0), 'int32'), vocab);
    const nll = tf.neg(tf.sum(tf.mul(logp, target), -1));
    const perToken = labelSmoothing > 0 ? tf.add(tf.mul(nll, 1 - labelSmoothing), tf.mul(tf.neg(tf.mean(logp, -1)), labelSmoothing)) : nll;
    return tf.div(tf.sum(tf.mul(perToken, keep)), tf.maximum(tf.sum(keep), 1)) as tf.Scalar;
  });
}
