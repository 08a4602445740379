// What tl.save, tl.load, tl.pipeline and tl.serve accept (checked by options/checkOptions).
import { rules, type OptionSpec } from '../options';
import { QUANTIZE_MODES } from '../compress/quantize';
import { SERVING_RUNTIMES } from '../onnx/runtime/serving-runtime';

/**
 * The formats tl.save writes; a new format adds its name here and its writer in save.ts.
 */
export const SAVE_FORMATS = ['tfjs', 'huggingface', 'onnx'] as const;
export type SaveFormat = (typeof SAVE_FORMATS)[number];

export const SAVE_SPEC: OptionSpec = { card: 'object', format: SAVE_FORMATS, quantize: QUANTIZE_MODES };
export const LOAD_SPEC: OptionSpec = { tokenizerFromJSON: 'function', textModelFromParts: 'function' };
export const PIPELINE_SPEC: OptionSpec = { ...LOAD_SPEC, batchSize: rules.positiveInteger };
// Types only: serve's settings check the ranges themselves, with the CLI flag names.
export const SERVE_SPEC: OptionSpec = {
  port: 'number',
  host: 'string',
  maxBatch: 'number',
  forwardBatch: 'number',
  batchWindowMs: 'number',
  maxTexts: 'number',
  maxBytes: 'number',
  maxNewTokens: 'number',
  maxBeams: 'number',
  load: { kind: 'object', spec: LOAD_SPEC },
  runtime: SERVING_RUNTIMES,
};
