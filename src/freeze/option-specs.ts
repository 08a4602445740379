// What tl.freeze, tl.unfreeze, tl.layerGroups, tl.gradualUnfreezing and tl.summary accept (checked by options/checkOptions).
import { rules, type OptionSpec } from '../options';

export const SELECTION_SPEC: OptionSpec = {
  upTo: 'string|integer',
  from: 'string|integer',
  layers: 'array',
  match: 'regexp',
  last: rules.positiveInteger,
};

export const LAYER_GROUPS_SPEC: OptionSpec = {
  groups: { kind: 'integer|array', test: (v) => Array.isArray(v) || (v as number) > 0, accepts: 'a positive integer or an array of groups' },
  lrMultipliers: 'array',
  decay: rules.positiveNumber,
};

export const GRADUAL_UNFREEZING_SPEC: OptionSpec = {
  groups: 'array|object',
  every: rules.positiveInteger,
  initial: rules.nonNegativeInteger,
};

export const SUMMARY_SPEC: OptionSpec = { groups: 'array', expandNested: 'boolean' };
