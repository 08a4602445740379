// What tl.zeroShot and tl.fewShot accept (checked by options/checkOptions).
import { rules, type OptionSpec } from '../options';

export const ZERO_SHOT_SPEC: OptionSpec = {
  labels: 'array',
  template: 'string',
  templates: rules.stringArray,
  temperature: rules.positiveNumber,
  maxLength: rules.positiveInteger,
  multiLabel: 'boolean',
};

const HEAD_TRAINING_SPEC: OptionSpec = {
  epochs: rules.positiveInteger,
  lr: rules.positiveNumber,
  batchSize: rules.positiveInteger,
};

export const FEW_SHOT_SPEC: OptionSpec = {
  label: 'string',
  text: 'string',
  labels: rules.stringArray,
  pairs: rules.positiveInteger,
  epochs: rules.nonNegativeInteger,
  unfreeze: rules.nonNegativeInteger,
  lr: rules.positiveNumber,
  batchSize: rules.positiveInteger,
  maxLength: rules.positiveInteger,
  head: { kind: 'object', spec: HEAD_TRAINING_SPEC },
  seed: rules.seed,
  silent: 'boolean',
  signal: 'object',
};
