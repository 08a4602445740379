// What tl.fineTune accepts, its nested options included (checked by options/checkOptions).
import { rules, type OptionSpec, type Rule } from '../options';

const SCHEDULES = ['constant', 'linear', 'cosine', 'one-cycle'];
const CALLBACK_NAMES = ['onTrainBegin', 'onTrainEnd', 'onEpochBegin', 'onEpochEnd', 'onBatchBegin', 'onBatchEnd'] as const;

const EARLY_STOPPING_SPEC: OptionSpec = {
  patience: rules.nonNegativeInteger,
  metric: 'string',
  mode: ['min', 'max', 'auto'],
  restoreBest: 'boolean',
  minDelta: 'number',
};

const CHECKPOINT_SPEC: OptionSpec = { dir: 'string', every: rules.positiveInteger };

const CALLBACKS_SPEC: OptionSpec = Object.fromEntries(CALLBACK_NAMES.map((name) => [name, 'function']));

const schedule: Rule = {
  kind: 'string|function|object',
  test: (v) => typeof v !== 'string' || SCHEDULES.includes(v),
  accepts: `one of ${SCHEDULES.map((s) => `'${s}'`).join(', ')} or a schedule function`,
};

export const FINE_TUNE_SPEC: OptionSpec = {
  val: 'object|array',
  epochs: rules.positiveInteger,
  batchSize: rules.positiveInteger,
  lr: rules.positiveNumber,
  schedule,
  warmup: { kind: 'number', test: (v) => (v as number) >= 0, accepts: 'a non-negative number' },
  clipNorm: rules.positiveNumber,
  classWeights: 'array|object',
  earlyStopping: { kind: 'boolean|object', spec: EARLY_STOPPING_SPEC },
  checkpoint: { kind: 'string|object', spec: CHECKPOINT_SPEC },
  resume: 'string|boolean',
  callbacks: { kind: 'object', spec: CALLBACKS_SPEC },
  seed: rules.seed,
  unfreeze: 'object',
  groups: 'array',
  cache: { oneOf: ['auto', 'memory', 'disk', false] },
  cacheDir: 'string',
  silent: 'boolean',
  signal: 'object',
  textColumn: 'string',
  labelColumn: 'string',
  labels: rules.stringArray,
  maxLength: rules.positiveInteger,
  fromLogits: 'boolean',
  labelSmoothing: { kind: 'number', test: (v) => (v as number) >= 0 && (v as number) < 1, accepts: 'a number in [0, 1)' },
  maxTargetLength: rules.positiveInteger,
};
