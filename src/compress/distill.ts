// tl.distill(teacher, student, texts, options): knowledge distillation (Hinton et
// al., 2015). The student learns the teacher's probabilities softened at
// temperature T (KL divergence, scaled by T² so its gradients keep their size
// as T changes), optionally mixed with cross-entropy on gold labels:
//   loss = alpha · T² · KL(teacher_T ‖ student_T) + (1 − alpha) · CE(gold, student).
// The texts need no labels; the student trains in place.
import { tf } from '../tf';
import type { TextModel } from '../models/types';
import { planForward, runChain } from '../train/chain';
import { seedOrNext } from '../seed';
import { checkOptions } from '../options';
import { DISTILL_SPEC } from './option-specs';

export interface DistillOptions {
  /** Softening temperature T (default 2). */
  temperature?: number;
  /** Weight of the distillation term; 1 − alpha goes to cross-entropy on `labels`. Default 1 without labels, 0.5 with. */
  alpha?: number;
  /** Gold label names, one per text (optional). */
  labels?: string[];
  /** Default 3. */
  epochs?: number;
  /** Default 32. */
  batchSize?: number;
  /** Adam learning rate (default 1e-3). */
  lr?: number;
  /** Shuffling seed (default: drawn from tl.setSeed's stream, else random). */
  seed?: number;
  /** No progress lines. */
  silent?: boolean;
  /** Checked between batches: aborting stops at the next batch boundary. */
  signal?: AbortSignal;
  /** Called after each epoch with its mean loss. */
  onEpochEnd?: (epoch: number, logs: { loss: number; seconds: number }) => void | Promise<void>;
}

export interface DistillHistory {
  temperature: number;
  alpha: number;
  seed: number;
  epochs: Array<{ epoch: number; loss: number; seconds: number }>;
  /** How long the teacher took to label the texts. */
  teacherSeconds: number;
  stopped: 'completed' | 'aborted';
}

const EPS = 1e-7;

function checkPair(teacher: TextModel, student: TextModel, where: string): void {
  for (const [name, m] of [['teacher', teacher], ['student', student]] as const) {
    if (!m || !(m.model instanceof tf.LayersModel) || typeof m.encode !== 'function' || !Array.isArray(m.labels)) {
      throw new TypeError(`${where}: ${name} must be a TextModel (e.g. from tl.classifier or tl.load).`);
    }
  }
  const same = teacher.labels.length === student.labels.length && teacher.labels.every((l, i) => l === student.labels[i]);
  if (!same) {
    throw new Error(
      `${where}: the student's labels [${student.labels.join(', ')}] differ from the teacher's [${teacher.labels.join(', ')}]; ` +
        'build the student with the same labels in the same order.',
    );
  }
  if (teacher.config.task !== 'sequence-classification' || student.config.task !== 'sequence-classification') {
    throw new Error(`${where}: teacher and student must both be sequence classifiers.`);
  }
}

/** A seeded permutation (mulberry32), so a seed gives the same batches. */
function shuffled(n: number, seed: number): number[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** log softmax(log(p) / T): probabilities re-softened at temperature T. */
function logSoftened(probs: tf.Tensor, temperature: number): tf.Tensor {
  return tf.logSoftmax(tf.div(tf.log(tf.add(probs, EPS)), temperature));
}

export async function distill(teacher: TextModel, student: TextModel, texts: string[], options: DistillOptions = {}): Promise<DistillHistory> {
  const where = 'tl.distill(teacher, student, texts, options)';
  checkOptions(where, 'options', options, DISTILL_SPEC);
  checkPair(teacher, student, where);
  if (!Array.isArray(texts) || texts.length === 0 || texts.some((t) => typeof t !== 'string')) {
    throw new TypeError(`${where}: texts must be a non-empty array of strings (labels are optional: pass them as options.labels).`);
  }
  const { temperature = 2, epochs = 3, batchSize = 32, lr = 1e-3 } = options;
  const gold = options.labels?.map((label, i) => {
    const k = student.labels.indexOf(label);
    if (k < 0) throw new Error(`${where}: options.labels[${i}] is '${label}', not one of [${student.labels.join(', ')}].`);
    return k;
  });
  if (gold && gold.length !== texts.length) throw new Error(`${where}: options.labels has ${gold.length} labels for ${texts.length} texts; give one per text.`);
  const alpha = options.alpha ?? (gold ? 0.5 : 1);
  if (alpha < 1 && !gold) throw new Error(`${where}: options.alpha ${alpha} gives weight to gold labels, but options.labels is missing.`);
  const seed = seedOrNext(options.seed) ?? Math.floor(Math.random() * 2 ** 31);

  const started = Date.now();
  const soft = Float32Array.from((await teacher.predict(texts)).flatMap((p) => p.scores));
  const teacherSeconds = (Date.now() - started) / 1000;
  const classes = student.labels.length;

  const plan = planForward(student.model);
  const frozen = plan.steps.slice(0, plan.frozen);
  const rest = plan.steps.slice(plan.frozen);
  const variables = student.model.trainableWeights.map((w) => w.read() as tf.Variable);
  if (variables.length === 0) throw new Error(`${where}: the student has no trainable weights; unfreeze some (tl.unfreeze) first.`);
  const optimizer = tf.train.adam(lr);
  const history: DistillHistory = { temperature, alpha, seed, epochs: [], teacherSeconds, stopped: 'completed' };
  try {
    for (let epoch = 0; epoch < epochs && history.stopped === 'completed'; epoch++) {
      const epochStart = Date.now();
      const order = shuffled(texts.length, seed + epoch);
      let lossSum = 0;
      for (let start = 0; start < order.length; start += batchSize) {
        if (options.signal?.aborted) {
          history.stopped = 'aborted';
          break;
        }
        const batch = order.slice(start, start + batchSize);
        const loss = tf.tidy(() => {
          const ids = student.encode(batch.map((i) => texts[i]));
          const input = runChain(frozen, ids, null, false);
          const target = tf.tensor2d(batch.flatMap((i) => Array.from(soft.subarray(i * classes, (i + 1) * classes))), [batch.length, classes]);
          const targetLog = logSoftened(target, temperature);
          const targetProbs = tf.exp(targetLog);
          const goldOneHot = gold ? tf.oneHot(tf.tensor1d(batch.map((i) => gold[i]), 'int32'), classes) : undefined;
          const { value, grads } = tf.variableGrads(() => {
            const { y } = runChain(rest, input.y, input.mask, true);
            const kl = tf.mean(tf.sum(tf.mul(targetProbs, tf.sub(targetLog, logSoftened(y, temperature))), -1));
            let total = tf.mul(kl, alpha * temperature * temperature);
            if (goldOneHot && alpha < 1) {
              const ce = tf.neg(tf.mean(tf.sum(tf.mul(goldOneHot, tf.log(tf.add(y, EPS))), -1)));
              total = tf.add(total, tf.mul(ce, 1 - alpha));
            }
            return total as tf.Scalar;
          }, variables);
          optimizer.applyGradients(Object.entries(grads).map(([name, tensor]) => ({ name, tensor })));
          return value;
        });
        lossSum += (await loss.data())[0] * batch.length;
        loss.dispose();
      }
      const logs = { loss: lossSum / texts.length, seconds: (Date.now() - epochStart) / 1000 };
      history.epochs.push({ epoch, ...logs });
      if (!options.silent) console.log(`distill epoch ${epoch + 1}/${epochs}: loss ${logs.loss.toFixed(4)} (${logs.seconds.toFixed(1)} s)`);
      await options.onEpochEnd?.(epoch, logs);
    }
  } finally {
    optimizer.dispose();
  }
  return history;
}
