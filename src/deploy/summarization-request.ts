// POST /predict on a summarization model: { texts, options? } -> { predictions: SummaryPrediction[] }.
// Generation options are checked by name and type (unknown or wrong -> 400 listing the accepted
// ones) and against the server's caps: a request over --max-new-tokens or --max-beams gets a 400 that
// states the cap (refused rather than clamped, so a client never gets a shorter summary than it asked
// for without knowing).
import type { GenerateOptions } from '../models/types';
import type { SummarizationModel } from '../models/summarization-model';
import { checkOptions, OptionError, rules, type OptionSpec } from '../options';
import { RequestError, textsFromBody, type RequestLimits } from './predict-request';

export interface GenerationCaps {
  /** Largest maxNewTokens a request may ask for (--max-new-tokens). */
  maxNewTokens: number;
  /** Largest numBeams a request may ask for (--max-beams). */
  maxBeams: number;
}

export const DEFAULT_GENERATION_CAPS: GenerationCaps = { maxNewTokens: 256, maxBeams: 8 };

const unit = { kind: 'number', test: (v: unknown) => (v as number) > 0 && (v as number) <= 1, accepts: 'a number in (0, 1]' } as const;

/** GenerateOptions by name, as a request may send them. */
export const GENERATE_OPTIONS_SPEC: OptionSpec = {
  maxNewTokens: rules.positiveInteger,
  minNewTokens: rules.nonNegativeInteger,
  numBeams: rules.positiveInteger,
  lengthPenalty: 'number',
  noRepeatNgramSize: rules.nonNegativeInteger,
  earlyStopping: 'boolean',
  doSample: 'boolean',
  topK: rules.positiveInteger,
  topP: unit,
  temperature: rules.positiveNumber,
  seed: rules.seed,
};

/** The generation options of a request body, checked; {} when it sends none. */
export function generateOptionsFromBody(body: unknown, caps: GenerationCaps): GenerateOptions {
  const options = (body as { options?: unknown }).options;
  if (options === undefined) return {};
  try {
    checkOptions('POST /predict', 'options', options, GENERATE_OPTIONS_SPEC);
  } catch (err) {
    if (err instanceof OptionError) throw new RequestError(400, err.message);
    throw err;
  }
  const o = options as GenerateOptions;
  if (o.maxNewTokens !== undefined && o.maxNewTokens > caps.maxNewTokens) {
    throw new RequestError(400, `options.maxNewTokens is ${o.maxNewTokens}; this server allows at most ${caps.maxNewTokens} (its --max-new-tokens)`);
  }
  if (o.minNewTokens !== undefined && o.minNewTokens > (o.maxNewTokens ?? caps.maxNewTokens)) {
    throw new RequestError(400, `options.minNewTokens is ${o.minNewTokens}; it must be at most ${o.maxNewTokens !== undefined ? `options.maxNewTokens (${o.maxNewTokens})` : `${caps.maxNewTokens} (this server's --max-new-tokens)`}`);
  }
  if (o.numBeams !== undefined && o.numBeams > caps.maxBeams) {
    throw new RequestError(400, `options.numBeams is ${o.numBeams}; this server allows at most ${caps.maxBeams} (its --max-beams)`);
  }
  return o;
}

/** Answers one summarization request; the server's own limits apply to the texts as for any model. */
export async function summarizeRequest(model: SummarizationModel, body: unknown, limits: RequestLimits & GenerationCaps) {
  const texts = textsFromBody(body, limits);
  const extra = Object.keys(body as object).filter((k) => k !== 'texts' && k !== 'options');
  if (extra.length > 0) throw new RequestError(400, `unknown field ${JSON.stringify(extra[0])}; send {"texts": [...], "options": {...}}`);
  const options = generateOptionsFromBody(body, limits);
  return { predictions: await model.predict(texts, options) };
}

/** What GET /metadata says a summarization model takes. */
export function summarizationInput(caps: GenerationCaps) {
  return {
    body: '{"texts": ["a document", ...], "options": {"maxNewTokens": 64, "numBeams": 4, ...}}',
    options: Object.keys(GENERATE_OPTIONS_SPEC),
    caps: { maxNewTokens: caps.maxNewTokens, maxBeams: caps.maxBeams },
    output: '{"predictions": [{"summary": "...", "sentences": [{"start": 0, "end": 42}]}]} (sentences: extractive models only)',
  };
}
