// What tl.metrics.* and tl.evaluate accept (checked by options/checkOptions).
import { rules, type OptionSpec, type Rule } from '../options';

const label: Rule = 'string|number|boolean';
// NaN is a valid zeroDivision (scikit-learn's np.nan), so no 'number' kind here: it rejects NaN.
const zeroDivision: Rule = { test: (v) => v === 'warn' || typeof v === 'number', accepts: "'warn' or a number (NaN included)" };

export const PRF_SPEC: OptionSpec = { labels: 'array', zeroDivision };
export const AVERAGED_PRF_SPEC: OptionSpec = { ...PRF_SPEC, average: ['binary', 'micro', 'macro', 'weighted'], posLabel: label };
export const CONFUSION_MATRIX_SPEC: OptionSpec = { labels: 'array', normalize: ['true', 'pred', 'all'] };
export const CLASSIFICATION_REPORT_SPEC: OptionSpec = { labels: 'array', targetNames: rules.stringArray, digits: rules.nonNegativeInteger, zeroDivision };
export const CURVE_SPEC: OptionSpec = { posLabel: label };
export const ROC_CURVE_SPEC: OptionSpec = { posLabel: label, dropIntermediate: 'boolean' };
export const ROUGE_SPEC: OptionSpec = { types: rules.stringArray, stemmer: 'boolean' };
