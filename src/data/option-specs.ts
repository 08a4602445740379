// What each tl.data / tl.datasets function accepts (checked by options/checkOptions).
import { rules, type OptionSpec } from '../options';

const FORMATS = ['csv', 'tsv', 'json', 'jsonl', 'conll', 'parquet'] as const;

export const LOAD_SPEC: OptionSpec = {
  split: 'string',
  limit: rules.positiveInteger,
  seed: rules.seed,
  label: 'string',
  textColumn: 'string',
  dropEmpty: 'boolean',
  dedupe: 'boolean',
  format: FORMATS,
  parquet: 'boolean',
  tagColumn: 'integer',
  config: 'string',
  endpoint: 'string',
  sha256: 'string',
  size: rules.nonNegativeInteger,
};

export const SPLIT_SPEC: OptionSpec = {
  label: 'string',
  ratios: 'object|array',
  stratify: 'boolean',
  seed: rules.seed,
};

export const TO_TENSORS_SPEC: OptionSpec = {
  maxLength: rules.positiveInteger,
  padding: ['longest', 'max_length'],
  truncation: 'boolean',
  bucketByLength: 'boolean',
  batchSize: rules.positiveInteger,
  textColumn: 'string',
  labelColumn: 'string',
  labels: 'array',
  shuffle: 'boolean',
  seed: rules.seed,
  dropEmpty: 'boolean',
};

export const ENCODE_LABELS_SPEC: OptionSpec = { label: 'string', labels: 'array' };
export const TEXT_LENGTHS_SPEC: OptionSpec = { column: 'string', tokenizer: 'object' };
export const TAGGED_SPEC: OptionSpec = { tokens: 'string', tags: 'string' };
