// What _FusedMatMul adds after the product: bias, then an activation, applied
// in place on the product's heap view (one pass, no temporaries). Bias shapes
// other than a row vector or a scalar, and prelu's weights, go through the
// wasm backend's own broadcasting kernels.
import { tf } from '../../tf';
import { floatView, type WasmBackend } from './wasm-heap';

type Activation = 'linear' | 'relu' | 'relu6' | 'elu' | 'sigmoid' | 'leakyrelu' | 'prelu';
const ACTIVATIONS = new Set<string>(['linear', 'relu', 'relu6', 'elu', 'sigmoid', 'leakyrelu', 'prelu']);

function runWasmKernel(name: string, backend: WasmBackend, inputs: tf.NamedTensorInfoMap, attrs: tf.NamedAttrMap = {}): tf.TensorInfo {
  const kernel = tf.getKernel(name, 'wasm');
  if (!kernel) throw new Error(`native-cpu: the wasm backend has no ${name} kernel`);
  return kernel.kernelFunc({ inputs, backend, attrs }) as tf.TensorInfo;
}

/** Replaces `out` by `op(out, other)` through a wasm kernel, disposing the old product. */
function viaWasm(backend: WasmBackend, out: tf.TensorInfo, name: string, inputs: tf.NamedTensorInfoMap, attrs?: tf.NamedAttrMap): tf.TensorInfo {
  const next = runWasmKernel(name, backend, inputs, attrs);
  backend.disposeData(out.dataId);
  return next;
}

function addBias(backend: WasmBackend, out: tf.TensorInfo, bias: tf.TensorInfo): tf.TensorInfo {
  const n = out.shape[out.shape.length - 1];
  const size = tf.util.sizeFromShape(bias.shape);
  const rowVector = size === n && bias.shape.slice(0, -1).every((d) => d === 1) && bias.shape.length <= out.shape.length;
  if (!(rowVector || size === 1) || bias.dtype !== 'float32') return viaWasm(backend, out, 'Add', { a: out, b: bias });
  const y = floatView(backend, out);
  const b = floatView(backend, bias);
  if (size === 1) {
    const b0 = b[0];
    for (let i = 0; i < y.length; i++) y[i] += b0;
  } else {
    for (let row = 0; row < y.length; row += n) for (let j = 0; j < n; j++) y[row + j] += b[j];
  }
  return out;
}

function activateInPlace(y: Float32Array, activation: Exclude<Activation, 'prelu' | 'linear'>, alpha: number): void {
  switch (activation) {
    case 'relu':
      for (let i = 0; i < y.length; i++) if (y[i] < 0) y[i] = 0;
      return;
    case 'relu6':
      for (let i = 0; i < y.length; i++) y[i] = Math.min(Math.max(y[i], 0), 6);
      return;
    case 'elu':
      for (let i = 0; i < y.length; i++) if (y[i] < 0) y[i] = Math.expm1(y[i]);
      return;
    case 'sigmoid':
      for (let i = 0; i < y.length; i++) y[i] = 1 / (1 + Math.exp(-y[i]));
      return;
    case 'leakyrelu':
      for (let i = 0; i < y.length; i++) if (y[i] < 0) y[i] *= alpha;
      return;
  }
}

export interface Epilogue {
  bias?: tf.TensorInfo;
  activation: string;
  preluActivationWeights?: tf.TensorInfo;
  leakyreluAlpha: number;
}

/** Applies bias and activation to the product `out`; returns the tensor that holds the result. */
export function applyEpilogue(backend: WasmBackend, out: tf.TensorInfo, e: Epilogue): tf.TensorInfo {
  if (!ACTIVATIONS.has(e.activation)) {
    throw new Error(`native-cpu _FusedMatMul: unknown activation '${e.activation}'; use one of ${[...ACTIVATIONS].join(', ')}`);
  }
  let result = e.bias ? addBias(backend, out, e.bias) : out;
  const activation = e.activation as Activation;
  if (activation === 'prelu') {
    if (!e.preluActivationWeights) throw new Error('native-cpu _FusedMatMul: activation prelu needs preluActivationWeights');
    result = viaWasm(backend, result, 'Prelu', { x: result, alpha: e.preluActivationWeights });
  } else if (activation !== 'linear') {
    activateInPlace(floatView(backend, result), activation, e.leakyreluAlpha);
  }
  return result;
}
