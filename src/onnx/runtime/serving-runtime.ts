// Which runtime `serve` answers requests with: a TF.js model converted in memory to one
// onnxruntime graph (the default where it converts and onnxruntime-node loads), or the
// tfjs path as loaded. An ONNX folder runs in onnxruntime only.
import { loadOrtRuntime } from '../../backend/native-cpu/ort-runtime';
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

/** `model` as one onnxruntime graph, or why it cannot run there (one line). */
function convert(model: TextModel, source: string, options: OnnxSessionOptions): OnnxTextModel | string {
  try {
    loadOrtRuntime();
  } catch (err) {
    return (err as Error).message.split('\n')[0];
  }
  const unsupported = unsupportedLayers(model);
  if (unsupported.length > 0) return `layer ${unsupported.join(', ')} has no ONNX mapping`;
  try {
    return new OnnxTextModel(toOnnx(model), model.tokenizer, model.config, `${source} (converted to ONNX in memory)`, options);
  } catch (err) {
    return (err as Error).message.split('\n')[0];
  }
}

/**
 * Picks the runtime for `model` (loaded from `source`, named in errors). Converting leaves
 * `model` as it is: the caller disposes its tfjs weights when it owns them.
 */
export function chooseServingRuntime(model: TextModel, requested: ServingRuntime, source: string, options: OnnxSessionOptions = {}): RuntimeChoice {
  if (!SERVING_RUNTIMES.includes(requested)) {
    throw new Error(`serve: runtime must be one of ${SERVING_RUNTIMES.map((r) => `'${r}'`).join(', ')}, got ${JSON.stringify(requested)}.`);
  }
  if (model instanceof OnnxTextModel) {
    if (requested === 'tfjs') throw new Error(`serve: ${source} is an ONNX model, which runs in onnxruntime only; serve its TF.js folder for the tfjs runtime.`);
    return { model, runtime: 'onnx' };
  }
  if (requested === 'tfjs') return { model, runtime: 'tfjs' };
  const converted = convert(model, source, options);
  if (typeof converted !== 'string') return { model: converted, runtime: 'onnx' };
  if (requested === 'onnx') throw new Error(`serve: ${source} cannot run in onnxruntime: ${converted}. Serve it with runtime 'tfjs' (--runtime tfjs).`);
  return { model, runtime: 'tfjs', fallback: `running on tfjs, not onnxruntime: ${converted}` };
}
