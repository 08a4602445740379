// fineTune's branch for encoder-decoder models (T5, BART) on { text, summary } rows (batches and
// loss: seq2seq-batch.ts). The rest of fineTune's loop as it applies here: Adam with learning-rate
// groups, schedules and warmup, clipping, gradual unfreezing, validation loss or ROUGE, early
// stopping with best-weight restore, checkpoints and resume, progress, callbacks, interrupt.
import { tf } from '../tf';
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
import { RunCheckpoints } from './run-checkpoints';
import { resolveSchedule } from './schedules';
import { pairs, seq2seqBatch, seq2seqLoss } from './seq2seq-batch';
import { SEQ2SEQ_MONITORS, validationLoss, validationRouge } from './seq2seq-validation';
import { clipByGlobalNorm } from './step';
import { endRun, startRun, stopOnInterrupt } from './stop';
import { snapshotWeights, trainableWeights, type SavedTensor } from './weights';

export { IGNORE_INDEX, seq2seqBatch, seq2seqLoss } from './seq2seq-batch';
export type { Seq2SeqRow, Seq2SeqData };

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `fineTune` for encoder-decoder models: a training loop with the classifier loop's options (see FineTuneOptions). */
export async function fineTuneSeq2Seq(model: Seq2SeqModel, train: Seq2SeqData, options: FineTuneOptions = {}): Promise<History> {
  const core = resolveCore(options);
  const summaryColumn = options.labelColumn ?? 'summary';
  const smoothing = options.labelSmoothing ?? 0;
  if (!(smoothing >= 0 && smoothing < 1)) throw new RangeError(`fineTune: options.labelSmoothing must be in [0, 1), got ${smoothing}.`);
  if (options.classWeights !== undefined) {
    throw new TypeError('fineTune: options.classWeights has no meaning for an encoder-decoder model (its classes are vocabulary tokens); leave it out, and use options.labelSmoothing to soften the token targets.');
  }
  if (options.fromLogits !== undefined) throw new TypeError('fineTune: options.fromLogits does not apply to an encoder-decoder model (it always outputs logits); leave it out.');
  const monitor = resolveMonitor(options, options.val !== undefined, SEQ2SEQ_MONITORS);
  const rougeType = monitor.metric.startsWith('val_rouge') ? monitor.metric.slice('val_'.length) : undefined;
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
    const rng = new SeededRandom(core.seed);
    const best = new BestEpoch(monitor, Boolean(options.earlyStopping));
    const checkpoints = new RunCheckpoints(options, { model: layersModel, optimizer, rng, history, best, seed: core.seed, examples: n, batchSize: core.batchSize, epochs: core.epochs });
    const resumed = await checkpoints.resume(monitor, Boolean(options.earlyStopping));
    let bestWeights: SavedTensor[] | undefined = resumed.bestWeights;
    let step = resumed.step;
    await cb.onTrainBegin?.({});
    for (let epoch = resumed.epoch; epoch < core.epochs; epoch++) {
      if (run.stop || options.signal?.aborted) {
        history.stopReason = 'stopped';
        break;
      }
      options.unfreeze?.apply(epoch);
      const weights = trainableWeights(layersModel, options.groups);
      if (weights.length === 0) {
        throw new Error(`fineTune: nothing to train at epoch ${epoch}: every weight is frozen (or in a group with lrMultiplier 0); unfreeze some layers, e.g. tl.unfreeze(model, { layers: ['lm_head'] }).`);
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
        // Each step's dropout masks come from the run's generator, so a resumed run draws the same ones.
        seedDropout(rng.nextUint32());
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
      if (valPairs) {
        record.val_loss = validationLoss(model, valPairs, core.batchSize, smoothing);
        if (rougeType) record[monitor.metric] = validationRouge(model, valPairs, core.batchSize, rougeType);
      }
      record.lr = lr;
      record.seconds = (Date.now() - started) / 1000;
      history.epochs.push(record);
      const { improved, stop } = best.update(epoch, record);
      if (improved && options.earlyStopping && monitor.restoreBest) bestWeights = snapshotWeights(layersModel);
      await checkpoints.afterEpoch(epoch, step, improved, stop);
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
