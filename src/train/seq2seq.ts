// fineTune's branch for encoder-decoder models (T5, BART): { text, summary } rows, teacher
// forcing (decoder inputs = labels shifted right after the decoder start token), label
// padding ignored in the loss (-100, as HF), optional label smoothing. The rest of fineTune's
// loop as it applies here: Adam with learning-rate groups, schedules and warmup, clipping,
// validation loss, early stopping with best-weight restore, progress, callbacks, interrupt.
import { tf } from '../tf';
import { columnValues, isDataFrameLike } from '../data/frame-like';
import type { Seq2SeqData, Seq2SeqRow } from './seq2seq-data';
import { forward } from '../models/seq2seq/architecture';
import { seedDropout } from '../models/seq2seq/layers/spec-layer';
import type { Seq2SeqModel } from '../models/seq2seq/model';
import { SeededRandom } from '../seed';
import { Adam } from './adam';
import { BestEpoch } from './best-epoch';
import { failedRun, finishEpochs } from './run-end';
import { History } from './history';
import { resolveCore, resolveMonitor, type FineTuneOptions, type Logs } from './options';
import { Progress } from './progress';
import { resolveSchedule } from './schedules';
import { clipByGlobalNorm } from './step';
import { endRun, startRun, stopOnInterrupt } from './stop';
import { snapshotWeights, stableWeights, type SavedTensor } from './weights';

export type { Seq2SeqRow, Seq2SeqData };

/** Label positions the loss ignores (padding), as Hugging Face's -100. */
export const IGNORE_INDEX = -100;

interface Pairs {
  inputs: number[][];
  labels: number[][];
}

function pairs(model: Seq2SeqModel, data: Seq2SeqData, textColumn: string, summaryColumn: string, argument: string, maxLength: number, maxTargetLength: number): Pairs {
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

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function validationLoss(model: Seq2SeqModel, data: Pairs, batchSize: number, smoothing: number): number {
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

export async function fineTuneSeq2Seq(model: Seq2SeqModel, train: Seq2SeqData, options: FineTuneOptions = {}): Promise<History> {
  const core = resolveCore(options);
  const summaryColumn = options.labelColumn ?? 'summary';
  const smoothing = options.labelSmoothing ?? 0;
  if (!(smoothing >= 0 && smoothing < 1)) throw new RangeError(`fineTune: options.labelSmoothing must be in [0, 1), got ${smoothing}.`);
  for (const key of ['classWeights', 'checkpoint', 'resume', 'unfreeze', 'fromLogits'] as const) {
    if (options[key] !== undefined) throw new TypeError(`fineTune: options.${key} is not supported for encoder-decoder models yet; leave it out.`);
  }
  const monitor = resolveMonitor(options, options.val !== undefined);
  const layersModel = model.model;
  const maxLength = options.maxLength ?? model.config.maxLength;
  const maxTargetLength = options.maxTargetLength ?? 128;
  const trainPairs = pairs(model, train, core.textColumn, summaryColumn, 'tl.fineTune(model, train)', maxLength, maxTargetLength);
  const valPairs = options.val !== undefined ? pairs(model, options.val as Seq2SeqData, core.textColumn, summaryColumn, 'options.val', maxLength, maxTargetLength) : undefined;

  const history = new History(core.seed);
  const run = startRun(layersModel, [model], history);
  const optimizer = new Adam();
  const unwatch = stopOnInterrupt(run, core.silent);
  const cb = options.callbacks ?? {};
  const n = trainPairs.inputs.length;
  const stepsPerEpoch = Math.ceil(n / core.batchSize);
  const progress = new Progress({ silent: core.silent, epochs: core.epochs, stepsPerEpoch }, history);
  try {
    const totalSteps = core.epochs * stepsPerEpoch;
    const warmup = options.warmup !== undefined && options.warmup > 0 && options.warmup < 1 ? Math.round(options.warmup * totalSteps) : (options.warmup ?? 0);
    const schedule = resolveSchedule(options.schedule, { lr: core.lr, totalSteps, warmup });
    const multiplier = new Map<tf.Variable, number>();
    for (const group of options.groups ?? []) for (const layer of group.layers) for (const w of layer.weights) multiplier.set(w.read() as tf.Variable, group.lrMultiplier);
    const trainable = new Set(layersModel.trainableWeights.map((w) => w.read()));
    const weights = stableWeights(layersModel)
      .map((w, index) => ({ index, variable: w.read() as tf.Variable, lrMultiplier: multiplier.get(w.read() as tf.Variable) ?? 1 }))
      .filter((w) => trainable.has(w.variable) && w.lrMultiplier !== 0);
    if (weights.length === 0) throw new Error('fineTune: nothing to train: every weight is frozen; unfreeze some layers, e.g. tl.unfreeze(model, { from: "decoder_block_0" }).');
    const rng = new SeededRandom(core.seed);
    seedDropout(core.seed);
    const best = new BestEpoch(monitor, Boolean(options.earlyStopping));
    let bestWeights: SavedTensor[] | undefined;
    let step = 0;
    await cb.onTrainBegin?.({});
    for (let epoch = 0; epoch < core.epochs; epoch++) {
      if (run.stop || options.signal?.aborted) {
        history.stopReason = 'stopped';
        break;
      }
      const order = rng.permutation(n);
      const started = Date.now();
      let lossSum = 0;
      let count = 0;
      let lr = schedule.lr(step);
      await cb.onEpochBegin?.(epoch, {});
      progress.epochStart(epoch);
      let batch = 0;
      for (; batch < stepsPerEpoch; batch++) {
        if (run.stop || options.signal?.aborted) break;
        const rows = Array.from(order.subarray(batch * core.batchSize, Math.min(n, (batch + 1) * core.batchSize)));
        await cb.onBatchBegin?.(batch, { batch, size: rows.length });
        lr = schedule.lr(step);
        const b = seq2seqBatch(model, rows.map((i) => trainPairs.inputs[i]), rows.map((i) => trainPairs.labels[i]));
        const lossTensor = tf.tidy(() => {
          const { value, grads } = tf.variableGrads(() => seq2seqLoss(forward(model.parts, b.ids, b.decoderIds, true), b.labels, smoothing), weights.map((w) => w.variable));
          const present = weights.filter((w) => grads[w.variable.name] !== undefined);
          let g = present.map((w) => grads[w.variable.name]);
          if (options.clipNorm !== undefined) g = clipByGlobalNorm(g, options.clipNorm);
          optimizer.apply(present.map((w, i) => ({ index: w.index, variable: w.variable, grad: g[i], lr: lr * w.lrMultiplier })));
          return value;
        });
        tf.dispose([b.ids, b.decoderIds, b.labels]);
        const loss = (await lossTensor.data())[0];
        lossTensor.dispose();
        history.steps.push({ step, epoch, loss, lr });
        step++;
        lossSum += loss * rows.length;
        count += rows.length;
        progress.step(batch + 1, rows.length, loss);
        await cb.onBatchEnd?.(batch, { batch, size: rows.length, loss });
        await yieldToEventLoop();
      }
      if (batch < stepsPerEpoch) {
        history.stopReason = 'stopped';
        break;
      }
      const record: Logs = { epoch, loss: lossSum / Math.max(count, 1) };
      if (valPairs) record.val_loss = validationLoss(model, valPairs, core.batchSize, smoothing);
      record.lr = lr;
      record.seconds = (Date.now() - started) / 1000;
      history.epochs.push(record);
      const { improved, stop } = best.update(epoch, record);
      if (improved && options.earlyStopping && monitor.restoreBest) bestWeights = snapshotWeights(layersModel);
      progress.epochEnd(record);
      await cb.onEpochEnd?.(epoch, record);
      if (stop) {
        history.stopReason = 'early-stopping';
        break;
      }
    }
    return await finishEpochs(layersModel, history, best, bestWeights, cb);
  } catch (err) {
    throw failedRun(history, err);
  } finally {
    seedDropout(undefined);
    progress.finish();
    optimizer.dispose();
    unwatch();
    endRun(run);
  }
}
