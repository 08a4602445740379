// The contrastive phase of few-shot training: the encoder's trainable top layers
// learn to put texts of one class close together and texts of different classes
// apart, with SetFit's cosine-similarity loss, mean((cos(u, v) - target)^2). The
// frozen bottom layers run once per text (their outputs are kept), the rest runs
// in training mode per batch of pairs. Progress, stopping (stopTraining, a
// signal, a kernel interrupt) and the optimizer are fineTune's own.
import { tf } from '../tf';
import { Adam } from '../train/adam';
import { allLayers, planForward, runChain, type ForwardPlan } from '../train/chain';
import { History } from '../train/history';
import { Progress } from '../train/progress';
import { endRun, startRun, stopOnInterrupt } from '../train/stop';
import { stableWeights } from '../train/weights';
import type { SeededRandom } from '../seed';
import { l2Normalize } from './l2-normalize';
import type { Pair } from './pairs';

export interface PairTrainingConfig {
  epochs: number;
  lr: number;
  batchSize: number;
  silent: boolean;
  signal?: AbortSignal;
  /** Draws the pairs of each epoch and the dropout seeds. */
  rng: SeededRandom;
  /** A new set of pairs for each epoch. */
  pairsFor(epoch: number): Pair[];
}

/** Thrown when pair training is stopped; the history so far is on it. */
export class FewShotStopped extends Error {
  constructor(readonly history: History) {
    super(`fewShot: stopped during pair training after ${history.steps.length} steps; no model was returned. Run it again to train one.`);
  }
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The frozen prefix's outputs for every text, computed once in inference mode (kept tensors; caller disposes). */
function prefixOutputs(plan: ForwardPlan, ids: tf.Tensor2D, chunk = 16): { y: tf.Tensor; mask: tf.Tensor | null } {
  const prefix = plan.steps.slice(0, plan.frozen);
  if (prefix.length === 0) return { y: ids.clone(), mask: null };
  const [y, mask] = tf.tidy(() => {
    const ys: tf.Tensor[] = [];
    const masks: tf.Tensor[] = [];
    for (let start = 0; start < ids.shape[0]; start += chunk) {
      const part = ids.slice([start, 0], [Math.min(chunk, ids.shape[0] - start), -1]);
      const out = runChain(prefix, part, null, false);
      ys.push(out.y);
      if (out.mask) masks.push(out.mask);
    }
    return masks.length === ys.length ? [tf.concat(ys, 0), tf.concat(masks, 0)] : [tf.concat(ys, 0)];
  });
  return { y, mask: mask ?? null };
}

/** Trains the encoder's trainable layers on pairs; returns the history (loss per step and epoch). */
export async function trainOnPairs(encoder: tf.LayersModel, ids: tf.Tensor2D, config: PairTrainingConfig): Promise<History> {
  const history = new History(config.rng.getState());
  const plan = planForward(encoder);
  const trainable = new Set(encoder.trainableWeights.map((w) => w.read()));
  const weights = stableWeights(encoder)
    .map((w, index) => ({ index, variable: w.read() as tf.Variable }))
    .filter((w) => trainable.has(w.variable));
  if (weights.length === 0 || config.epochs === 0) return history;
  const rest = plan.steps.slice(plan.frozen);
  const dropouts = allLayers(rest.map((s) => s.layer))
    .filter((l) => l.getClassName().includes('Dropout') && 'seed' in l)
    .map((l) => l as unknown as { seed?: number });
  const savedSeeds = dropouts.map((l) => l.seed);
  const run = startRun(encoder, [], history);
  const unwatch = stopOnInterrupt(run, config.silent);
  const stopRequested = () => run.stop || config.signal?.aborted === true;
  const optimizer = new Adam();
  const features = prefixOutputs(plan, ids);
  let progress: Progress | undefined;
  try {
    let step = 0;
    for (let epoch = 0; epoch < config.epochs; epoch++) {
      const pairs = config.pairsFor(epoch);
      const steps = Math.ceil(pairs.length / config.batchSize);
      progress ??= new Progress({ silent: config.silent, epochs: config.epochs, stepsPerEpoch: steps }, history);
      progress.epochStart(epoch);
      const started = Date.now();
      let lossSum = 0;
      for (let batch = 0; batch < steps; batch++) {
        if (stopRequested()) throw new FewShotStopped(history);
        const chunk = pairs.slice(batch * config.batchSize, (batch + 1) * config.batchSize);
        for (const layer of dropouts) layer.seed = config.rng.nextUint32();
        const loss = pairStep(rest, features, chunk, weights, optimizer, config.lr);
        const value = (await loss.data().finally(() => loss.dispose()))[0];
        history.steps.push({ step, epoch, loss: value, lr: config.lr });
        step++;
        lossSum += value * chunk.length;
        progress.step(batch + 1, chunk.length, value);
        await yieldToEventLoop();
      }
      const record = { epoch, loss: lossSum / pairs.length, seconds: (Date.now() - started) / 1000 };
      history.epochs.push(record);
      progress.epochEnd(record);
    }
    return history;
  } catch (err) {
    history.stopReason = err instanceof FewShotStopped ? 'stopped' : 'error';
    throw err;
  } finally {
    progress?.finish();
    dropouts.forEach((l, i) => (l.seed = savedSeeds[i]));
    tf.dispose([features.y, ...(features.mask ? [features.mask] : [])]);
    optimizer.dispose();
    unwatch();
    endRun(run);
  }
}

/** One update on a batch of pairs; each text in the batch runs through the trainable layers once. Returns the loss. */
function pairStep(
  rest: ForwardPlan['steps'],
  features: { y: tf.Tensor; mask: tf.Tensor | null },
  pairs: Pair[],
  weights: Array<{ index: number; variable: tf.Variable }>,
  optimizer: Adam,
  lr: number,
): tf.Scalar {
  return tf.tidy(() => {
    const texts = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
    const row = new Map(texts.map((t, i) => [t, i]));
    const take = tf.tensor1d(texts, 'int32');
    const x = tf.gather(features.y, take);
    const mask = features.mask ? tf.gather(features.mask, take) : null;
    const left = tf.tensor1d(pairs.map((p) => row.get(p.a)!), 'int32');
    const right = tf.tensor1d(pairs.map((p) => row.get(p.b)!), 'int32');
    const target = tf.tensor1d(pairs.map((p) => p.target));
    const { value, grads } = tf.variableGrads(() => {
      const embedded = l2Normalize(runChain(rest, x, mask, true).y);
      const cos = tf.sum(tf.mul(tf.gather(embedded, left), tf.gather(embedded, right)), -1);
      return tf.mean(tf.square(tf.sub(cos, target))) as tf.Scalar;
    }, weights.map((w) => w.variable));
    const present = weights.filter((w) => grads[w.variable.name] !== undefined);
    optimizer.apply(present.map((w) => ({ index: w.index, variable: w.variable, grad: grads[w.variable.name], lr })));
    return value;
  });
}
