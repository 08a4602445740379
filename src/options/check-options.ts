// One checker for every public function's options object: unknown keys (with the
// nearest accepted name), wrong types, values outside an accepted list, and
// columns a data frame lacks. Errors name the function and the argument, and say
// what is accepted, so a typo fails loudly instead of being ignored.
import { closestNames } from './suggest';

/** A value's expected kind ('number' excludes NaN, 'object' excludes null and arrays). */
export type Kind = 'string' | 'number' | 'integer' | 'boolean' | 'function' | 'object' | 'array' | 'regexp';

/**
 * How one option is checked: a kind or a kind union ('string|number'), a list of
 * accepted values, or a rule with a nested spec (for option objects inside options)
 * and an extra test described in words.
 */
export type Rule =
  | Kind
  | `${Kind}|${Kind}`
  | `${Kind}|${Kind}|${Kind}`
  | readonly (string | number | boolean)[]
  | { kind?: string; oneOf?: readonly (string | number | boolean)[]; spec?: OptionSpec; test?: (value: unknown) => boolean; accepts?: string };

export type OptionSpec = Readonly<Record<string, Rule>>;

/** A bad option: a TypeError whose message names the function, the argument and what it accepts. */
export class OptionError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'OptionError';
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof RegExp) return 'regexp';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

function isKind(value: unknown, kind: string): boolean {
  switch (kind) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && !Number.isNaN(value);
    case 'array':
      return Array.isArray(value);
    case 'regexp':
      return value instanceof RegExp;
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return typeof value === kind;
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'function') return 'a function';
  if (value instanceof RegExp) return String(value);
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return kindOf(value);
  }
}

const quoteList = (values: readonly unknown[]) => values.map(show).join(', ');

function checkValue(where: string, name: string, value: unknown, rule: Rule): void {
  if (typeof rule === 'string') {
    const kinds = rule.split('|');
    if (!kinds.some((kind) => isKind(value, kind))) {
      throw new OptionError(`${where}: ${name} must be ${kinds.join(' or ')}, got ${kindOf(value)} ${show(value)}.`);
    }
    return;
  }
  if (Array.isArray(rule)) {
    checkValue(where, name, value, { oneOf: rule });
    return;
  }
  const { kind, oneOf, spec, test, accepts } = rule as Exclude<Rule, string | readonly unknown[]>;
  if (oneOf && !oneOf.includes(value as string)) {
    const hint = typeof value === 'string' ? closestNames(value, oneOf.filter((v): v is string => typeof v === 'string'), 1) : [];
    const guess = hint.length > 0 ? ` Did you mean '${hint[0]}'?` : '';
    throw new OptionError(`${where}: ${name} must be one of ${quoteList(oneOf)}, got ${show(value)}.${guess}`);
  }
  if (kind) checkValue(where, name, value, kind as Kind);
  if (spec && isKind(value, 'object')) checkOptions(where, name, value, spec);
  if (test && !test(value)) throw new OptionError(`${where}: ${name} must be ${accepts ?? 'valid'}, got ${show(value)}.`);
}

/** The closest accepted name by edits, else one the key abbreviates ('batch' for 'batchSize'). */
function nearestOption(key: string, accepted: readonly string[]): string[] {
  const close = closestNames(key, accepted, 1);
  if (close.length > 0) return close;
  const lower = key.toLowerCase();
  return accepted.filter((name) => key.length >= 3 && name.toLowerCase().startsWith(lower)).slice(0, 1);
}

/**
 * Checks `options` (named `argument` in messages) of the function `where`
 * (e.g. 'tl.data.split(df, options)') against `spec`. Undefined options and
 * undefined values pass: defaults apply.
 */
export function checkOptions(where: string, argument: string, options: unknown, spec: OptionSpec): void {
  if (options === undefined) return;
  if (!isKind(options, 'object')) {
    throw new OptionError(`${where}: ${argument} must be an options object { ${Object.keys(spec).join(', ')} }, got ${kindOf(options)} ${show(options)}.`);
  }
  const accepted = Object.keys(spec);
  for (const [key, value] of Object.entries(options as Record<string, unknown>)) {
    if (!Object.prototype.hasOwnProperty.call(spec, key)) {
      const near = nearestOption(key, accepted);
      const guess = near.length > 0 ? ` Did you mean '${near[0]}'?` : '';
      throw new OptionError(`${where}: ${argument}.${key} is not an option.${guess} Accepted: ${accepted.join(', ') || '(none)'}.`);
    }
    if (value !== undefined) checkValue(where, `${argument}.${key}`, value, spec[key]);
  }
}

/** Throws unless `columns` includes `column` (the value of option `name`), listing the columns present. */
export function checkColumn(where: string, name: string, column: string, columns: readonly string[]): void {
  if (columns.includes(column)) return;
  const near = closestNames(column, columns, 1);
  const guess = near.length > 0 ? ` Did you mean '${near[0]}'?` : '';
  throw new OptionError(`${where}: ${name} '${column}' is not a column.${guess} Columns: ${columns.join(', ') || '(none)'}.`);
}

/** Common rules. */
export const rules = {
  positiveInteger: { kind: 'integer', test: (v: unknown) => (v as number) > 0, accepts: 'a positive integer' },
  nonNegativeInteger: { kind: 'integer', test: (v: unknown) => (v as number) >= 0, accepts: 'a non-negative integer' },
  positiveNumber: { kind: 'number', test: (v: unknown) => (v as number) > 0, accepts: 'a positive number' },
  fraction: { kind: 'number', test: (v: unknown) => (v as number) >= 0 && (v as number) < 1, accepts: 'in [0, 1)' },
  seed: { kind: 'integer', test: (v: unknown) => (v as number) >= 0, accepts: 'a non-negative integer' },
  stringArray: { kind: 'array', test: (v: unknown) => (v as unknown[]).every((x) => typeof x === 'string'), accepts: 'an array of strings' },
} as const satisfies Record<string, Rule>;
