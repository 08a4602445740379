// The ground floor's option checking: one declarative spec per public function.
export { checkOptions, checkColumn, OptionError, rules, type OptionSpec, type Rule, type Kind } from './check-options';
export { closestNames, editDistance } from './suggest';
