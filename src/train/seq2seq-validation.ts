// What the seq2seq loop measures on options.val after an epoch: the teacher-forced loss, and,
// when the monitor asks for it, ROUGE F1 of greedy generations against the references
// (generation capped at the longest reference's token count, so it stays cheap).
import { tf } from '../tf';
import { forward } from '../models/seq2seq/architecture';
import type { Seq2SeqModel } from '../models/seq2seq/model';
import { rouge } from '../metrics/rouge';
import { seq2seqBatch, seq2seqLoss, type Pairs } from './seq2seq-batch';

/** The metrics early stopping can watch on an encoder-decoder model. */
export const SEQ2SEQ_MONITORS = ['loss', 'val_loss', 'val_rouge1', 'val_rouge2', 'val_rougeL', 'val_rougeLsum'] as const;

/** Token-weighted mean loss over the validation rows. */
export function validationLoss(model: Seq2SeqModel, data: Pairs, batchSize: number, smoothing: number): number {
  let sum = 0;
  let tokens = 0;
  for (let i = 0; i < data.inputs.length; i += batchSize) {
    const b = seq2seqBatch(model, data.inputs.slice(i, i + batchSize), data.labels.slice(i, i + batchSize));
    const n = data.labels.slice(i, i + batchSize).reduce((a, l) => a + l.length, 0);
    const loss = tf.tidy(() => seq2seqLoss(forward(model.parts, b.ids, b.decoderIds, false), b.labels, smoothing));
    sum += loss.dataSync()[0] * n;
    tokens += n;
    tf.dispose([loss, b.ids, b.decoderIds, b.labels]);
  }
  return sum / Math.max(tokens, 1);
}

/** ROUGE F1 ('rougeL' → val_rougeL) of greedy generations on the validation rows. */
export function validationRouge(model: Seq2SeqModel, data: Pairs, batchSize: number, type: string): number {
  const maxNewTokens = Math.max(...data.labels.map((l) => l.length));
  const predictions: string[] = [];
  for (let i = 0; i < data.inputs.length; i += batchSize) {
    const ids = model.encodeIds(data.inputs.slice(i, i + batchSize), { maxLength: Number.MAX_SAFE_INTEGER });
    try {
      for (const row of model.generateIds(ids, { maxNewTokens, numBeams: 1 })) predictions.push(model.tokenizer.decode(row, { skipSpecialTokens: true }).trim());
    } finally {
      ids.dispose();
    }
  }
  return rouge(predictions, data.summaries, { types: [type] })[type].fmeasure;
}
