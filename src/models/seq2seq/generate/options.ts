// GenerateOptions with defaults, checked: errors name the option and the allowed range.
import type { GenerateOptions } from '../../types';

export interface ResolvedGenerateOptions {
  maxNewTokens: number;
  minNewTokens: number;
  numBeams: number;
  lengthPenalty: number;
  noRepeatNgramSize: number;
  earlyStopping: boolean;
  doSample: boolean;
  topK: number;
  topP: number;
  temperature: number;
  seed: number | undefined;
  /** The decoder's key/value cache (off only to measure or test against it). */
  cache: boolean;
}

export interface SearchTokens {
  decoderStart: number;
  eos: number;
  pad: number;
  forcedBos: number | undefined;
  forcedEos: number | undefined;
}

const DEFAULTS: ResolvedGenerateOptions = {
  maxNewTokens: 20,
  minNewTokens: 0,
  numBeams: 1,
  lengthPenalty: 1,
  noRepeatNgramSize: 0,
  earlyStopping: false,
  doSample: false,
  topK: 50,
  topP: 1,
  temperature: 1,
  seed: undefined,
  cache: true,
};

const KNOWN = new Set(Object.keys(DEFAULTS));

function fail(key: string, value: unknown, want: string): never {
  throw new RangeError(`generate(texts, options): options.${key} is ${JSON.stringify(value)}; it must be ${want}.`);
}

function int(o: Record<string, unknown>, key: string, min: number): void {
  const v = o[key];
  if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < min)) fail(key, v, `an integer >= ${min}`);
}

export function resolveGenerateOptions(options: GenerateOptions & { cache?: boolean } = {}, defaults: Partial<ResolvedGenerateOptions> = {}): ResolvedGenerateOptions {
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!KNOWN.has(key)) throw new TypeError(`generate(texts, options): unknown option '${key}'; known: ${[...KNOWN].join(', ')}.`);
  int(o, 'maxNewTokens', 1);
  int(o, 'minNewTokens', 0);
  int(o, 'numBeams', 1);
  int(o, 'noRepeatNgramSize', 0);
  int(o, 'topK', 0);
  if (o.lengthPenalty !== undefined && (typeof o.lengthPenalty !== 'number' || !Number.isFinite(o.lengthPenalty))) fail('lengthPenalty', o.lengthPenalty, 'a finite number');
  if (o.temperature !== undefined && (typeof o.temperature !== 'number' || !(o.temperature > 0))) fail('temperature', o.temperature, 'a number > 0');
  if (o.topP !== undefined && (typeof o.topP !== 'number' || !(o.topP > 0 && o.topP <= 1))) fail('topP', o.topP, 'a number in (0, 1]');
  if (o.seed !== undefined && (typeof o.seed !== 'number' || !Number.isInteger(o.seed))) fail('seed', o.seed, 'an integer');
  for (const key of ['earlyStopping', 'doSample', 'cache']) if (o[key] !== undefined && typeof o[key] !== 'boolean') fail(key, o[key], 'true or false');
  const out = { ...DEFAULTS, ...defaults, ...Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) } as ResolvedGenerateOptions;
  if (out.minNewTokens > out.maxNewTokens) {
    // A minimum above a default maximum raises the maximum; above one the caller set, it is a mistake.
    if (o.maxNewTokens !== undefined) fail('minNewTokens', out.minNewTokens, `at most options.maxNewTokens (${out.maxNewTokens})`);
    out.maxNewTokens = out.minNewTokens;
  }
  if (out.doSample && out.numBeams > 1) throw new RangeError('generate(texts, options): doSample with numBeams > 1 (beam sampling) is not supported; use one of them.');
  return out;
}
