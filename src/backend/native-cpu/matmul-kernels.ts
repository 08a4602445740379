// BatchMatMul and _FusedMatMul for the native-cpu backend: float32 products run
// on onnxruntime's MLAS through views of the wasm heap; other dtypes, and
// products too small to repay a native call, stay on the wasm kernels.
import { tf } from '../../tf';
import { applyEpilogue } from './fused-epilogue';
import { matMulShapes } from './matmul-shapes';
import type { OrtMatMul } from './ort-matmul';
import { floatView, type WasmBackend } from './wasm-heap';

type KernelFunc = tf.KernelConfig['kernelFunc'];

/** Below this many multiply-adds a native call costs more than wasm's own loop. */
export const NATIVE_MIN_MACS = 4096;

interface MatMulAttrs {
  transposeA: boolean;
  transposeB: boolean;
}

function wasmKernel(name: string): KernelFunc {
  const kernel = tf.getKernel(name, 'wasm');
  if (!kernel) throw new Error(`native-cpu: the wasm backend has no ${name} kernel to fall back on`);
  return kernel.kernelFunc;
}

function nativeProduct(matmul: OrtMatMul, backend: WasmBackend, a: tf.TensorInfo, b: tf.TensorInfo, attrs: MatMulAttrs): tf.TensorInfo {
  const { transposeA, transposeB } = attrs;
  const { k, outShape } = matMulShapes(a.shape, b.shape, transposeA, transposeB);
  const out = backend.makeOutput(outShape, 'float32');
  const size = tf.util.sizeFromShape(outShape);
  if (size === 0) return out;
  const y = floatView(backend, out);
  if (k === 0) {
    y.fill(0);
    return out;
  }
  matmul.run({ data: floatView(backend, a), shape: a.shape }, { data: floatView(backend, b), shape: b.shape }, y, outShape, transposeA, transposeB);
  return out;
}

function useNative(a: tf.TensorInfo, b: tf.TensorInfo, attrs: MatMulAttrs): boolean {
  if (a.dtype !== 'float32' || b.dtype !== 'float32') return false;
  const { k, outShape } = matMulShapes(a.shape, b.shape, attrs.transposeA, attrs.transposeB);
  const macs = tf.util.sizeFromShape(outShape) * k;
  return macs === 0 || macs >= NATIVE_MIN_MACS;
}

export function batchMatMulKernel(matmul: OrtMatMul): KernelFunc {
  const fallback = wasmKernel('BatchMatMul');
  return (args) => {
    const { a, b } = args.inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
    const attrs = args.attrs as unknown as MatMulAttrs;
    if (!useNative(a, b, attrs)) return fallback(args);
    return nativeProduct(matmul, args.backend as WasmBackend, a, b, attrs);
  };
}

export function fusedMatMulKernel(matmul: OrtMatMul): KernelFunc {
  const fallback = wasmKernel('_FusedMatMul');
  return (args) => {
    const { a, b, bias, preluActivationWeights } = args.inputs as Record<string, tf.TensorInfo | undefined>;
    const attrs = args.attrs as unknown as MatMulAttrs & { activation: string; leakyreluAlpha?: number };
    if (!a || !b || !useNative(a, b, attrs)) return fallback(args);
    const backend = args.backend as WasmBackend;
    const product = nativeProduct(matmul, backend, a, b, attrs);
    return applyEpilogue(backend, product, {
      bias,
      activation: attrs.activation ?? 'linear',
      preluActivationWeights,
      leakyreluAlpha: attrs.leakyreluAlpha ?? 0.2,
    });
  };
}
