// fineTune's options and their defaults.
import type { Seq2SeqRow } from './seq2seq-data';
import type { LayerGroup, UnfreezeSchedule } from '../freeze/types';
import type { CacheMode } from './feature-cache';
import type { TrainData } from './inputs';
import type { LrSchedule, ScheduleName } from './schedules';
import { seedOrNext } from '../seed';

export type Logs = Record<string, number>;

/** tfjs-style callbacks; any of them may return a promise, which fineTune awaits. */
export interface TrainCallbacks {
  onTrainBegin?(logs: Logs): void | Promise<void>;
  onTrainEnd?(logs: Logs): void | Promise<void>;
  onEpochBegin?(epoch: number, logs: Logs): void | Promise<void>;
  onEpochEnd?(epoch: number, logs: Logs): void | Promise<void>;
  onBatchBegin?(batch: number, logs: Logs): void | Promise<void>;
  onBatchEnd?(batch: number, logs: Logs): void | Promise<void>;
}

export interface EarlyStoppingOptions {
  /** Epochs without improvement before stopping (default 2). */
  patience?: number;
  /**
   * 'val_loss' (default with val, else 'loss'), 'val_acc', 'acc', 'loss'; 'accuracy' means 'acc'.
   * Encoder-decoder models: 'val_loss', 'loss', or a validation ROUGE F1 ('val_rouge1', 'val_rouge2',
   * 'val_rougeL', 'val_rougeLsum'), which generates greedily on options.val after each epoch.
   */
  metric?: string;
  /** Whether lower or higher is better; 'auto' (default) picks max for accuracy, min otherwise. */
  mode?: 'min' | 'max' | 'auto';
  /** Put back the weights of the best epoch at the end (default true). */
  restoreBest?: boolean;
  /** An improvement smaller than this does not count (default 0). */
  minDelta?: number;
}

export interface CheckpointOptions {
  /** Directory for best.ckpt and last.ckpt. */
  dir: string;
  /** Write last.ckpt every this many epochs (default 1); best.ckpt whenever the monitored metric improves. */
  every?: number;
}

export interface FineTuneOptions {
  val?: TrainData | Seq2SeqRow[];
  /** Default 3. */
  epochs?: number;
  /** Default 32. */
  batchSize?: number;
  /** Peak learning rate (default 1e-3). */
  lr?: number;
  /** Default 'constant'. */
  schedule?: ScheduleName | LrSchedule;
  /** Warmup steps; a value below 1 is a fraction of all steps (default 0). */
  warmup?: number;
  /** Clip gradients by their global norm. */
  clipNorm?: number;
  /** Per-class loss weights: an array in label order, or { label: weight }. */
  classWeights?: number[] | Record<string, number>;
  earlyStopping?: EarlyStoppingOptions | boolean;
  checkpoint?: CheckpointOptions | string;
  /** Continue from last.ckpt in this directory (true: the checkpoint directory). */
  resume?: string | boolean;
  callbacks?: TrainCallbacks;
  /** Shuffling and dropout seed (default: drawn from tl.setSeed's stream, else random; recorded in history.seed). */
  seed?: number;
  /** Gradual unfreezing: applied at the start of each epoch. */
  unfreeze?: UnfreezeSchedule;
  /** Discriminative learning rates: each group's weights train at lr * lrMultiplier. */
  groups?: LayerGroup[];
  /** Frozen-feature cache (default 'auto': memory up to 1 GiB, then disk). */
  cache?: CacheMode | false;
  /** Where a disk cache goes (default: OS temp dir). */
  cacheDir?: string;
  /** No progress output. */
  silent?: boolean;
  /** Checked between batches: aborting stops training at the next batch boundary. */
  signal?: AbortSignal;
  textColumn?: string;
  labelColumn?: string;
  /** Label names for a plain LayersModel trained on named labels. */
  labels?: string[];
  /** Truncate/pad DataFrame texts to this many tokens (default: the model's maxLength). */
  maxLength?: number;
  /** The model outputs logits, not probabilities (plain LayersModels). */
  /** Encoder-decoder models: label smoothing of the token cross-entropy, in [0, 1) (default 0). */
  labelSmoothing?: number;
  /** Encoder-decoder models: summaries are truncated to this many tokens (default 128). */
  maxTargetLength?: number;
  fromLogits?: boolean;
}

export interface ResolvedEarlyStopping {
  patience: number;
  metric: string;
  mode: 'min' | 'max';
  restoreBest: boolean;
  minDelta: number;
}

function positiveInt(value: number | undefined, fallback: number, name: string): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 1) throw new Error(`fineTune: options.${name} must be a positive integer, got ${value}`);
  return v;
}

export function resolveCore(options: FineTuneOptions) {
  const lr = options.lr ?? 1e-3;
  if (!(lr > 0)) throw new Error(`fineTune: options.lr must be > 0, got ${options.lr}`);
  if (options.clipNorm !== undefined && !(options.clipNorm > 0)) throw new Error(`fineTune: options.clipNorm must be > 0, got ${options.clipNorm}`);
  return {
    epochs: positiveInt(options.epochs, 3, 'epochs'),
    batchSize: positiveInt(options.batchSize, 32, 'batchSize'),
    lr,
    seed: seedOrNext(options.seed) ?? Math.floor(Math.random() * 2 ** 32),
    cache: options.cache ?? 'auto',
    silent: options.silent ?? false,
    textColumn: options.textColumn ?? 'text',
    labelColumn: options.labelColumn ?? 'label',
  };
}

/** The metric that decides "best" (checkpoints, early stopping). */
export function resolveMonitor(options: FineTuneOptions, hasVal: boolean, metrics: readonly string[] = ['loss', 'acc', 'val_loss', 'val_acc']): ResolvedEarlyStopping {
  const es = options.earlyStopping === true ? {} : options.earlyStopping || {};
  const raw = es.metric ?? (hasVal ? 'val_loss' : 'loss');
  const metric = raw.replace(/accuracy$/, 'acc');
  if (metric.startsWith('val_') && !hasVal) {
    throw new Error(`fineTune: earlyStopping.metric '${raw}' needs validation data; pass options.val or use metric 'loss'`);
  }
  if (!metrics.includes(metric)) {
    throw new Error(`fineTune: earlyStopping.metric '${raw}' is not one of ${metrics.map((m) => `'${m}'`).join(', ')}`);
  }
  // Accuracy and ROUGE grow as the model improves; losses shrink.
  const mode = es.mode && es.mode !== 'auto' ? es.mode : /acc$|rouge/.test(metric) ? 'max' : 'min';
  const patience = es.patience ?? 2;
  if (!Number.isInteger(patience) || patience < 0) throw new Error(`fineTune: earlyStopping.patience must be an integer >= 0, got ${es.patience}`);
  return { patience, metric, mode, restoreBest: es.restoreBest ?? true, minDelta: es.minDelta ?? 0 };
}

/** Per-class weights as an array in label order. */
export function classWeightArray(weights: FineTuneOptions['classWeights'], labels: string[] | undefined, classes: number): number[] | undefined {
  if (weights === undefined) return undefined;
  const n = Math.max(classes, 2);
  if (Array.isArray(weights)) {
    if (weights.length !== n) throw new Error(`fineTune: options.classWeights has ${weights.length} weights but the model has ${n} classes`);
    return weights;
  }
  for (const key of Object.keys(weights)) {
    if (!labels?.includes(key) && !(/^\d+$/.test(key) && Number(key) < n)) {
      throw new Error(`fineTune: options.classWeights names '${key}', which is not a label (${labels?.join(', ') ?? `indices 0..${n - 1}`})`);
    }
  }
  return Array.from({ length: n }, (_, i) => {
    const name = labels?.[i] ?? String(i);
    return weights[name] ?? weights[String(i)] ?? 1;
  });
}
