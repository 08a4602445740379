// What tl.summarizer accepts (checked by options/checkOptions).
import { rules, type OptionSpec } from '../options';

export const EXTRACTIVE_METHODS = ['lead', 'centrality'] as const;

const lambda = { kind: 'number', test: (v: unknown) => (v as number) >= 0 && (v as number) <= 1, accepts: 'a number in [0, 1] (1: no redundancy penalty)' } as const;

export const SUMMARIZER_SPEC: OptionSpec = { method: EXTRACTIVE_METHODS, sentences: rules.positiveInteger, mmr: lambda, batchSize: rules.positiveInteger };
