// One training step and one evaluation pass over the split model: the frozen
// prefix's outputs come from the feature cache (filled on first sight) or are
// recomputed in inference mode; the rest runs in training mode under
// tf.variableGrads, so only trainable weights get gradients.
import { tf } from '../tf';
import type { Adam } from './adam';
import { runChain, type ChainOutput, type ForwardPlan } from './chain';
import type { FeatureCache } from './feature-cache';
import { labelBatch, type Examples } from './inputs';
import { batchLoss, type LossConfig } from './loss';

export interface TrainableWeight {
  /** Position in stableWeights(model) (the optimizer's key). */
  index: number;
  variable: tf.Variable;
  lrMultiplier: number;
}

/** The frozen prefix's outputs for these examples (tensors the caller's tidy owns). */
function prefixOutputs(plan: ForwardPlan, ex: Examples, cache: FeatureCache | undefined, indices: Int32Array): ChainOutput {
  const prefix = plan.steps.slice(0, plan.frozen);
  const run = (idx: Int32Array) => runChain(prefix, tf.gather(ex.x, tf.tensor1d(idx, 'int32')), null, false);
  if (!cache) return run(indices);
  const missing = cache.missing(indices);
  if (missing.length > 0) {
    tf.tidy(() => {
      const { y, mask } = run(missing);
      cache.put(missing, y, mask);
    });
  }
  const { features, mask } = cache.get(indices);
  return { y: features, mask };
}

/** Global-norm clipping (as tf.clip_by_global_norm). */
export function clipByGlobalNorm(grads: tf.Tensor[], clipNorm: number): tf.Tensor[] {
  const norm = tf.sqrt(tf.addN(grads.map((g) => g.square().sum())));
  const scale = tf.scalar(clipNorm).div(tf.maximum(norm, clipNorm));
  return grads.map((g) => g.mul(scale));
}

export interface StepConfig {
  plan: ForwardPlan;
  cache: FeatureCache | undefined;
  weights: TrainableWeight[];
  optimizer: Adam;
  loss: LossConfig;
  lr: number;
  clipNorm?: number;
}

/**
 * Runs forward and backward on a batch and applies the update. Returns [loss, correct, count]
 * (the caller disposes it). Nothing is awaited here, so an update is whole or absent.
 */
export function trainStep(ex: Examples, indices: Int32Array, config: StepConfig): tf.Tensor1D {
  const { plan, weights } = config;
  return tf.tidy(() => {
    const input = prefixOutputs(plan, ex, config.cache, indices);
    const labels = labelBatch(ex, indices);
    const rest = plan.steps.slice(plan.frozen);
    let stats: tf.Tensor1D | undefined;
    const { value, grads } = tf.variableGrads(() => {
      const { y } = runChain(rest, input.y, input.mask, true);
      const r = batchLoss(y, labels, config.loss);
      stats = tf.keep(tf.stack([r.loss, r.correct, r.count]) as tf.Tensor1D);
      return r.loss;
    }, weights.map((w) => w.variable));
    value.dispose();
    const present = weights.filter((w) => grads[w.variable.name] !== undefined);
    let g = present.map((w) => grads[w.variable.name]);
    if (config.clipNorm !== undefined) g = clipByGlobalNorm(g, config.clipNorm);
    config.optimizer.apply(present.map((w, i) => ({ index: w.index, variable: w.variable, grad: g[i], lr: config.lr * w.lrMultiplier })));
    return stats!;
  });
}

export interface Evaluation {
  loss: number;
  acc: number;
}

/** Loss and accuracy over all examples in order, inference mode, no class weights (as Keras's validation). */
export async function evaluateExamples(
  ex: Examples,
  plan: ForwardPlan,
  cache: FeatureCache | undefined,
  batchSize: number,
  loss: Pick<LossConfig, 'fromLogits' | 'positions'>,
): Promise<Evaluation> {
  let lossSum = 0;
  let correct = 0;
  let count = 0;
  const rest = plan.steps.slice(plan.frozen);
  for (let start = 0; start < ex.n; start += batchSize) {
    const indices = new Int32Array(Math.min(batchSize, ex.n - start)).map((_, k) => start + k);
    const stats = tf.tidy(() => {
      const input = prefixOutputs(plan, ex, cache, indices);
      const { y } = runChain(rest, input.y, input.mask, false);
      const r = batchLoss(y, labelBatch(ex, indices), { classWeights: null, ...loss });
      return tf.stack([r.loss.mul(r.count), r.correct, r.count]);
    });
    const [l, c, n] = await stats.data();
    stats.dispose();
    lossSum += l;
    correct += c;
    count += n;
  }
  return { loss: lossSum / Math.max(count, 1), acc: correct / Math.max(count, 1) };
}
