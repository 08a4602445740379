// What tl.prune, tl.dropBlocks and tl.distill accept (checked by options/checkOptions).
import { rules, type OptionSpec } from '../options';

export const PRUNE_METHODS = ['magnitude'] as const;
export const PRUNE_SCOPES = ['global', 'layer'] as const;
export const PRUNE_TARGETS = ['heads', 'ffn'] as const;

export const PRUNE_SPEC: OptionSpec = {
  method: PRUNE_METHODS,
  sparsity: rules.fraction,
  scope: PRUNE_SCOPES,
  targets: { kind: 'array', test: (v) => (v as unknown[]).length > 0 && (v as unknown[]).every((t) => (PRUNE_TARGETS as readonly unknown[]).includes(t)), accepts: "a non-empty array of 'heads', 'ffn'" },
  recover: 'object|array',
  recoverOptions: 'object',
};

export const DROP_BLOCKS_SPEC: OptionSpec = { keep: rules.positiveInteger };

export const DISTILL_SPEC: OptionSpec = {
  temperature: rules.positiveNumber,
  alpha: { kind: 'number', test: (v) => (v as number) >= 0 && (v as number) <= 1, accepts: 'in [0, 1]' },
  labels: rules.stringArray,
  epochs: rules.positiveInteger,
  batchSize: rules.positiveInteger,
  lr: rules.positiveNumber,
  seed: rules.seed,
  silent: 'boolean',
  signal: 'object',
  onEpochEnd: 'function',
};
