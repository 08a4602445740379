// What tl.loadPretrained, tl.classifier and tl.tokenClassifier accept (checked by options/checkOptions).
import { rules, type OptionSpec } from '../options';

export const LOAD_PRETRAINED_SPEC: OptionSpec = {
  trainable: 'boolean',
  maxWords: rules.positiveInteger,
  packageRoots: rules.stringArray,
};

const HEAD_SPEC: OptionSpec = {
  labels: rules.stringArray,
  dropout: rules.fraction,
  maxLength: rules.positiveInteger,
  seed: rules.seed,
};

export const CLASSIFIER_SPEC: OptionSpec = {
  ...HEAD_SPEC,
  hidden: rules.nonNegativeInteger,
  truncation: ['head', 'tail', 'head+tail'],
};

const AGGREGATION = ['none', 'simple', 'first', 'max', 'average'];

export const TOKEN_CLASSIFIER_SPEC: OptionSpec = { ...HEAD_SPEC, aggregation: AGGREGATION };

/** model.predict(texts, options) and useLite.embed(texts, options). */
export const BATCH_SPEC: OptionSpec = { batchSize: rules.positiveInteger };

/** A token-classification model's predict(texts, options). */
export const TOKEN_PREDICT_SPEC: OptionSpec = { ...BATCH_SPEC, aggregation: AGGREGATION };
