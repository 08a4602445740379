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

/** a and b as the 2-D operands of one Gemm, or undefined when the batch axes forbid it. */
function gemmOperands(a: tf.TensorInfo, b: tf.TensorInfo, transposeA: boolean): { aDims: number[]; bDims: number[] } | undefined {
  const batchOf = (shape: readonly number[]) => tf.util.sizeFromShape(shape.slice(0, -2));
  if (batchOf(b.shape) !== 1) return undefined;
  // Batch axes of a fold into its rows, unless a is read transposed.
  if (transposeA && batchOf(a.shape) !== 1) return undefined;
  const k = a.shape[a.shape.length - 1];
  const aDims = transposeA ? a.shape.slice(-2) : [tf.util.sizeFromShape(a.shape) / k, k];
  return { aDims, bDims: b.shape.slice(-2) };
}

/** Bias as Gemm's C: a float32 row vector of n values, or a scalar; undefined for any other shape. */
function gemmBias(bias: tf.TensorInfo | undefined, n: number, outRank: number): number[] | undefined {
  if (!bias || bias.dtype !== 'float32' || bias.shape.length > outRank) return undefined;
  const size = tf.util.sizeFromShape(bias.shape);
  if (size === 1) return [1];
  const rowVector = size === n && bias.shape.slice(0, -1).every((d) => d === 1);
  return rowVector ? [n] : undefined;
}

/**
 * The product, bias and (relu) activation in one Gemm call when the shapes
 * allow; undefined otherwise. Biased products are most of a transformer's
 * dense layers, and adding the bias in JavaScript cost up to half the product.
 */
function nativeGemm(matmul: OrtMatMul, backend: WasmBackend, a: tf.TensorInfo, b: tf.TensorInfo, bias: tf.TensorInfo | undefined, attrs: MatMulAttrs, activation: string): tf.TensorInfo | undefined {
  const { transposeA, transposeB } = attrs;
  const { k, n, outShape } = matMulShapes(a.shape, b.shape, transposeA, transposeB);
  const size = tf.util.sizeFromShape(outShape);
  const biasDims = gemmBias(bias, n, outShape.length);
  const operands = gemmOperands(a, b, transposeA);
  if (!biasDims || !operands || size === 0 || k === 0) return undefined;
  const out = backend.makeOutput(outShape, 'float32');
  matmul.gemm(
    { data: floatView(backend, a), shape: operands.aDims },
    { data: floatView(backend, b), shape: operands.bDims },
    { data: floatView(backend, bias!), shape: biasDims },
    floatView(backend, out),
    [size / n, n],
    transposeA,
    transposeB,
    activation === 'relu',
  );
  return out;
}

export function fusedMatMulKernel(matmul: OrtMatMul): KernelFunc {
  const fallback = wasmKernel('_FusedMatMul');
  return (args) => {
    const { a, b, bias, preluActivationWeights } = args.inputs as Record<string, tf.TensorInfo | undefined>;
    const attrs = args.attrs as unknown as MatMulAttrs & { activation: string; leakyreluAlpha?: number };
    if (!a || !b || !useNative(a, b, attrs)) return fallback(args);
    const backend = args.backend as WasmBackend;
    const activation = attrs.activation ?? 'linear';
    const gemm = nativeGemm(matmul, backend, a, b, bias, attrs, activation);
    if (gemm) {
      if (activation === 'relu' || activation === 'linear') return gemm;
      return applyEpilogue(backend, gemm, { activation, preluActivationWeights, leakyreluAlpha: attrs.leakyreluAlpha ?? 0.2 });
    }
    const product = nativeProduct(matmul, backend, a, b, attrs);
    return applyEpilogue(backend, product, {
      bias,
      activation,
      preluActivationWeights,
      leakyreluAlpha: attrs.leakyreluAlpha ?? 0.2,
    });
  };
}
