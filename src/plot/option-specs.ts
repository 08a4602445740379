// What each tl.plot figure accepts (checked by options/checkOptions).
import type { OptionSpec } from '../options';

const TITLE_SPEC: OptionSpec = { title: 'string' };

export const HISTORY_SPEC = TITLE_SPEC;
export const PER_CLASS_F1_SPEC = TITLE_SPEC;
export const CONFUSION_MATRIX_FIGURE_SPEC: OptionSpec = { ...TITLE_SPEC, labels: 'array', normalize: ['true', 'pred', 'all'] };
export const CLASS_BALANCE_SPEC: OptionSpec = { ...TITLE_SPEC, column: 'string' };
export const TEXT_LENGTH_FIGURE_SPEC: OptionSpec = {
  ...TITLE_SPEC,
  column: 'string',
  labelColumn: 'string',
  labels: 'array',
  unit: ['words', 'characters'],
  tokenizer: 'object',
};
export const CURVE_FIGURE_SPEC: OptionSpec = { ...TITLE_SPEC, name: 'string', posLabel: 'string|number|boolean' };
export const EMBEDDINGS_SPEC: OptionSpec = { ...TITLE_SPEC, labels: 'array', texts: 'array' };
