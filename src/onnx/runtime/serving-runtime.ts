// Which runtime `serve` answers requests with: a TF.js model converted in memory to one
// onnxruntime graph (the default where it converts and onnxruntime-node loads), or the
// tfjs path as loaded. An ONNX folder runs in onnxruntime only.
import { loadOrtRuntime } from '../../backend/native-cpu/ort-runtime';
import { HeadedTextModel } from '../../models/heads/text-model';
import type { TextModel } from '../../models/types';
import { toOnnx, unsupportedLayers } from '../export/to-onnx';
import { OnnxTextModel } from './onnx-text-model';
import type { OnnxSessionOptions } from './session';

export const SERVING_RUNTIMES = ['auto', 'onnx', 'tfjs'] as const;
/** 'auto': onnx where the model converts and onnxruntime-node loads, else tfjs; 'onnx' or 'tfjs' insist. */
export type ServingRuntime = (typeof SERVING_RUNTIMES)[number];

export interface RuntimeChoice {
  /** What answers requests: `model` itself, or its in-memory ONNX conversion. */
  model: TextModel;
  runtime: 'onnx' | 'tfjs';
  /** Why 'auto' kept tfjs (one line), when it did. */
  fallback?: string;
}

/** Tasks whose predictions OnnxTextModel computes as HeadedTextModel does. */
const CONVERTED_TASKS = ['sequence-classification', 'token-classification'];
/** Texts both paths predict at start-up; the served answers must agree on them. */
const PROBES = ['A wonderful, moving film.', 'x'];
const TOLERANCE = 1e-4;

/** Where two predictions differ (numbers beyond TOLERANCE, anything else at all), as a path; undefined when they agree. */
function difference(a: unknown, b: unknown, at: string): string | undefined {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= TOLERANCE ? undefined : at;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b ? undefined : at;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = difference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
    if (found) return found;
  }
  return undefined;
}

/** `model` as one onnxruntime graph, or why it cannot run there (one line). */
async function convert(model: TextModel, source: string, options: OnnxSessionOptions): Promise<OnnxTextModel | string> {
  if (!(model instanceof HeadedTextModel) || !CONVERTED_TASKS.includes(model.config.task)) {
    return `the ONNX runtime serves ${CONVERTED_TASKS.join(' and ')} heads, not this ${model.config.task} model`;
  }
  try {
    loadOrtRuntime();
  } catch (err) {
    return (err as Error).message.split('\n')[0];
  }
  const unsupported = unsupportedLayers(model);
  if (unsupported.length > 0) return `layer ${unsupported.join(', ')} has no ONNX mapping`;
  let onnx: OnnxTextModel;
  try {
    onnx = new OnnxTextModel(toOnnx(model), model.tokenizer, model.config, `${source} (converted to ONNX in memory)`, options);
  } catch (err) {
    return (err as Error).message.split('\n')[0];
  }
  // Served answers must not change with the runtime: a check on probe texts at start-up.
  const where = difference(await onnx.predict(PROBES), await model.predict(PROBES), 'predictions');
  if (where === undefined) return onnx;
  onnx.dispose();
  return `the converted model's answers differ from tfjs at ${where}`;
}

/**
 * Picks the runtime for `model` (loaded from `source`, named in errors). A conversion is
 * kept only if it answers probe texts as `model` does (within 1e-4). Converting leaves
 * `model` as it is: the caller disposes its tfjs weights when it owns them.
 */
export async function chooseServingRuntime(model: TextModel, requested: ServingRuntime, source: string, options: OnnxSessionOptions = {}): Promise<RuntimeChoice> {
  if (!SERVING_RUNTIMES.includes(requested)) {
    throw new Error(`serve: runtime must be one of ${SERVING_RUNTIMES.map((r) => `'${r}'`).join(', ')}, got ${JSON.stringify(requested)}.`);
  }
  if (model instanceof OnnxTextModel) {
    if (requested === 'tfjs') throw new Error(`serve: ${source} is an ONNX model, which runs in onnxruntime only; serve its TF.js folder for the tfjs runtime.`);
    return { model, runtime: 'onnx' };
  }
  if (requested === 'tfjs') return { model, runtime: 'tfjs' };
  const converted = await convert(model, source, options);
  if (typeof converted !== 'string') return { model: converted, runtime: 'onnx' };
  if (requested === 'onnx') throw new Error(`serve: ${source} cannot run in onnxruntime: ${converted}. Serve it with runtime 'tfjs' (--runtime tfjs).`);
  return { model, runtime: 'tfjs', fallback: `running on tfjs, not onnxruntime: ${converted}` };
}
