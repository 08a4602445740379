// fineTune: the training loop. Each epoch applies gradual unfreezing, splits the
// model into its frozen prefix (cached) and the part that trains, shuffles with a
// seeded generator, runs the batches, validates, and then early stopping,
// checkpoints, progress and callbacks. Everything it allocates is released at
// the end, also when stopped or when an exception (a kernel interrupt) arrives at
// one of its awaits; the history so far is then on the error (err.history) and in
// lastHistory(model).
import * as path from 'path';
import { tf } from '../tf';
import type { TextModel } from '../models/types';
import { Adam } from './adam';
import { BestEpoch } from './best-epoch';
import { failedRun, finishEpochs } from './run-end';
import { allLayers, planForward, type ForwardPlan } from './chain';
import { RunCheckpoints } from './run-checkpoints';
import { FeatureCache } from './feature-cache';
import { History } from './history';
import { isTextModel } from '../models/is-text-model';
import { toExamples, type Examples, type TrainData } from './inputs';
import { classWeightArray, resolveCore, resolveMonitor, type FineTuneOptions, type Logs } from './options';
import { Progress } from './progress';
import { SeededRandom } from '../seed';
import { resolveSchedule } from './schedules';
import { evaluateExamples, trainStep } from './step';
import { endRun, startRun, stopOnInterrupt } from './stop';
import { snapshotWeights, trainableWeights, type SavedTensor } from './weights';
import { checkOptions } from '../options';
import { FINE_TUNE_SPEC } from './option-specs';
import { isSeq2SeqModel, type Seq2SeqModel } from '../models/seq2seq/model';
import { fineTuneSeq2Seq, type Seq2SeqData } from './seq2seq';
import { positionClasses } from './positions';
import { isQuestionAnsweringModel } from '../models/qa/question-answerer';
import type { QuestionAnsweringModel } from '../models/qa/types';

/** Lets timers and signal handlers (a kernel interrupt) run between batches. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function outputClasses(model: tf.LayersModel): number {
  const shape = model.outputs[0].shape;
  const classes = shape[shape.length - 1];
  if (model.outputs.length !== 1 || typeof classes !== 'number') {
    throw new Error('fineTune: the model must have one output whose last dimension is the number of classes');
  }
  return classes;
}

/** Dropout layers that train, so each step can give them a seed from the run's generator. */
function seedableLayers(plan: ForwardPlan): Array<{ seed?: number }> {
  return allLayers(plan.steps.slice(plan.frozen).map((s) => s.layer))
    .filter((l) => l.getClassName().includes('Dropout') && 'seed' in l)
    .map((l) => l as unknown as { seed?: number });
}

/**
 * Trains `model` (a TextModel or a tf.LayersModel) on `train` and returns the history.
 * See FineTuneOptions for the options; DESIGN.md for the workflow.
 */
export async function fineTune(model: TextModel | QuestionAnsweringModel | tf.LayersModel | Seq2SeqModel, train: TrainData | Seq2SeqData, options: FineTuneOptions = {}): Promise<History> {
  checkOptions('tl.fineTune(model, train, options)', 'options', options, FINE_TUNE_SPEC);
  if (isSeq2SeqModel(model)) return fineTuneSeq2Seq(model, train as Seq2SeqData, options);
  train = train as TrainData;
  // A question answerer's start/end logits are scores over positions (see positions.ts).
  const positions = isQuestionAnsweringModel(model);
  const layersModel = positions || isTextModel(model) ? model.model : model;
  if (!(layersModel instanceof tf.LayersModel)) throw new Error('fineTune: model must be a TextModel (tl.classifier) or a tf.LayersModel');
  const core = resolveCore(options);
  const monitor = resolveMonitor(options, options.val !== undefined);
  const labels = positions ? undefined : (options.labels ?? (isTextModel(model) ? model.labels : undefined));
  const classes = positions
    ? Math.max(positionClasses(train, 'train'), options.val === undefined ? 0 : positionClasses(options.val as TrainData, 'options.val'))
    : outputClasses(layersModel);

  const history = new History(core.seed);
  const run = startRun(layersModel, model === layersModel ? [] : [model], history);
  let progress: Progress | undefined;
  const optimizer = new Adam();
  const owned: tf.Tensor[] = [];
  const caches = new Map<string, FeatureCache>();
  const seeded = new Map<{ seed?: number }, number | undefined>();
  const cb = options.callbacks ?? {};
  const stopRequested = () => run.stop || options.signal?.aborted === true;
  const unwatch = stopOnInterrupt(run, core.silent);
  try {
    const columns = { textColumn: core.textColumn, labelColumn: core.labelColumn, labels, maxLength: options.maxLength };
    const source = positions ? layersModel : (model as TextModel | tf.LayersModel);
    const trainEx = toExamples(source, train, classes, columns, 'train');
    if (trainEx.ownsX) owned.push(trainEx.x);
    let valEx: Examples | undefined;
    if (options.val !== undefined) {
      valEx = toExamples(source, options.val as TrainData, classes, columns, 'options.val');
      if (valEx.ownsX) owned.push(valEx.x);
    }
    const stepsPerEpoch = Math.ceil(trainEx.n / core.batchSize);
    progress = new Progress({ silent: core.silent, epochs: core.epochs, stepsPerEpoch }, history);
    const totalSteps = core.epochs * stepsPerEpoch;
    const warmup = options.warmup !== undefined && options.warmup > 0 && options.warmup < 1 ? Math.round(options.warmup * totalSteps) : (options.warmup ?? 0);
    const schedule = resolveSchedule(options.schedule, { lr: core.lr, totalSteps, warmup });
    const weightsArray = classWeightArray(options.classWeights, labels, classes);
    const classWeights = weightsArray ? tf.tensor1d(weightsArray) : null;
    if (classWeights) owned.push(classWeights);
    const lossConfig = { classWeights, fromLogits: options.fromLogits ?? positions, positions };

    const rng = new SeededRandom(core.seed);
    const best = new BestEpoch(monitor, Boolean(options.earlyStopping));
    const checkpoints = new RunCheckpoints(options, { model: layersModel, optimizer, rng, history, best, seed: core.seed, examples: trainEx.n, batchSize: core.batchSize, epochs: core.epochs });
    const resumed = await checkpoints.resume(monitor, Boolean(options.earlyStopping));
    const startEpoch = resumed.epoch;
    let step = resumed.step;
    let bestWeights: SavedTensor[] | undefined = resumed.bestWeights;

    const cacheFor = (plan: ForwardPlan, split: string, n: number): FeatureCache | undefined => {
      if (core.cache === false || plan.frozen === 0) return undefined;
      const key = `${split}:${plan.frozen}`;
      let cache = caches.get(key);
      if (!cache) {
        // A different split point (gradual unfreezing) makes older caches useless.
        for (const [k, c] of caches) if (k.startsWith(`${split}:`)) (c.dispose(), caches.delete(k));
        cache = new FeatureCache(n, { mode: core.cache, dir: options.cacheDir && path.resolve(options.cacheDir) });
        caches.set(key, cache);
      }
      return cache;
    };

    await cb.onTrainBegin?.({});
    for (let epoch = startEpoch; epoch < core.epochs; epoch++) {
      if (stopRequested()) {
        history.stopReason = 'stopped';
        break;
      }
      options.unfreeze?.apply(epoch);
      const plan = planForward(layersModel);
      const weights = trainableWeights(layersModel, options.groups);
      if (weights.length === 0) {
        throw new Error(`fineTune: nothing to train at epoch ${epoch}: every weight is frozen (or in a group with lrMultiplier 0); unfreeze the head, e.g. tl.freeze(model, { upTo: 'encoder' })`);
      }
      const dropouts = seedableLayers(plan);
      for (const layer of dropouts) if (!seeded.has(layer)) seeded.set(layer, layer.seed);
      const trainCache = cacheFor(plan, 'train', trainEx.n);
      const order = rng.permutation(trainEx.n);
      const started = Date.now();
      let lossSum = 0;
      let correct = 0;
      let count = 0;
      let lr = schedule.lr(step);
      await cb.onEpochBegin?.(epoch, {});
      progress.epochStart(epoch);
      let batch = 0;
      for (; batch < stepsPerEpoch; batch++) {
        if (stopRequested()) break;
        const indices = order.subarray(batch * core.batchSize, Math.min(trainEx.n, (batch + 1) * core.batchSize));
        await cb.onBatchBegin?.(batch, { batch, size: indices.length });
        lr = schedule.lr(step);
        for (const layer of dropouts) layer.seed = rng.nextUint32();
        const stats = trainStep(trainEx, indices, {
          plan,
          cache: trainCache,
          weights,
          optimizer,
          loss: lossConfig,
          lr,
          clipNorm: options.clipNorm,
        });
        const [loss, c, n] = await stats.data().finally(() => stats.dispose());
        history.steps.push({ step, epoch, loss, acc: c / Math.max(n, 1), lr });
        step++;
        lossSum += loss * n;
        correct += c;
        count += n;
        progress.step(batch + 1, indices.length, loss);
        await cb.onBatchEnd?.(batch, { batch, size: indices.length, loss, acc: c / Math.max(n, 1) });
        await yieldToEventLoop();
      }
      if (batch < stepsPerEpoch) {
        history.stopReason = 'stopped';
        break;
      }
      const record: Logs = { epoch, loss: lossSum / Math.max(count, 1), acc: correct / Math.max(count, 1) };
      if (valEx) {
        const val = await evaluateExamples(valEx, plan, cacheFor(plan, 'val', valEx.n), core.batchSize, lossConfig);
        record.val_loss = val.loss;
        record.val_acc = val.acc;
      }
      record.lr = lr;
      record.seconds = (Date.now() - started) / 1000;
      history.epochs.push(record);

      const { improved, stop: stopEarly } = best.update(epoch, record);
      if (improved && options.earlyStopping && monitor.restoreBest) bestWeights = snapshotWeights(layersModel);
      await checkpoints.afterEpoch(epoch, step, improved, stopEarly);
      progress.epochEnd(record);
      await cb.onEpochEnd?.(epoch, record);
      if (stopEarly) {
        history.stopReason = 'early-stopping';
        break;
      }
    }
    return await finishEpochs(layersModel, history, best, bestWeights, cb);
  } catch (err) {
    throw failedRun(history, err);
  } finally {
    progress?.finish();
    for (const [layer, seed] of seeded) layer.seed = seed;
    for (const cache of caches.values()) cache.dispose();
    optimizer.dispose();
    tf.dispose(owned);
    unwatch();
    endRun(run);
  }
}
