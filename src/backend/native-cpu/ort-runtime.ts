// Loads onnxruntime-node (an optional dependency) and calls its native binding
// directly: the binding's run() is synchronous, which tfjs kernels must be;
// the package's public InferenceSession only wraps it in a promise.
import * as path from 'path';
import { findPackage } from '../resolve';
import { BackendUnavailable, firstLine } from '../unavailable';
import { restoreCommand } from './restore';

export interface OrtTensor {
  readonly dims: readonly number[];
}

export interface OrtTensorConstructor {
  new (type: 'float32', data: Float32Array, dims: readonly number[]): OrtTensor;
}

export interface OrtSessionOptions {
  intraOpNumThreads: number;
  interOpNumThreads: number;
  graphOptimizationLevel: 'all';
  executionMode: 'sequential';
  /** Session config entries (onnxruntime_session_options_config_keys.h), flat keys. */
  extra: Record<string, string>;
}

export interface OrtNativeSession {
  loadModel(buffer: ArrayBuffer, byteOffset: number, byteLength: number, options: OrtSessionOptions): void;
  /** Outputs given as tensors are written in place (preallocated outputs). */
  run(feeds: Record<string, OrtTensor>, fetches: Record<string, OrtTensor | null>, options: object): Record<string, unknown>;
}

export interface OrtRuntime {
  version: string;
  dir: string;
  Tensor: OrtTensorConstructor;
  newSession(): OrtNativeSession;
}

let loaded: OrtRuntime | undefined;

/** The onnxruntime-node runtime, or BackendUnavailable saying why it cannot load. */
export function loadOrtRuntime(): OrtRuntime {
  if (loaded) return loaded;
  const pkg = findPackage('onnxruntime-node');
  if (!pkg) {
    throw new BackendUnavailable(
      'onnxruntime-node is not installed (npm drops this optional dependency when its install script cannot download ' +
        `CUDA parts, which native-cpu does not need); bring it back with: ${restoreCommand()}`,
    );
  }
  try {
    const binding = require(path.join(pkg.dir, 'dist', 'binding.js')) as {
      initOrt(): void;
      binding: { InferenceSession: new () => OrtNativeSession };
    };
    const common = require(require.resolve('onnxruntime-common', { paths: [pkg.dir] })) as { Tensor: OrtTensorConstructor };
    binding.initOrt();
    loaded = {
      version: pkg.version,
      dir: pkg.dir,
      Tensor: common.Tensor,
      newSession: () => new binding.binding.InferenceSession(),
    };
    return loaded;
  } catch (err) {
    throw new BackendUnavailable(`onnxruntime-node@${pkg.version} failed to load: ${firstLine(err)}`);
  }
}
