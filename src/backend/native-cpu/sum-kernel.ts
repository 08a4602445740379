// Sum over leading axes (the gradient of a bias or of a broadcast operand:
// [batch x tokens, features] -> [features]) as the product ones[1, R] x X[R, C]
// on MLAS. wasm's Sum reduces only innermost axes, so for these it first
// transposes the whole tensor and then sums on one thread; the profile of a
// transformer's training step showed a quarter of its time there.
import { tf } from '../../tf';
import type { OrtMatMul } from './ort-matmul';
import { floatView, type WasmBackend } from './wasm-heap';

type KernelFunc = tf.KernelConfig['kernelFunc'];

let ones = new Float32Array(0);

function onesOf(length: number): Float32Array {
  if (ones.length < length) ones = new Float32Array(length).fill(1);
  return ones.subarray(0, length);
}

/** The number of leading axes `axis` names, or -1 if it names anything else (or none). */
function leadingAxes(axis: number | number[], rank: number): number {
  const axes = [...new Set((Array.isArray(axis) ? axis : [axis]).map((a) => (a < 0 ? a + rank : a)))].sort((a, b) => a - b);
  return axes.length > 0 && axes.length < rank && axes.every((a, i) => a === i) ? axes.length : -1;
}

export function sumKernel(matmul: OrtMatMul, minElements: number): KernelFunc {
  const fallbackKernel = tf.getKernel('Sum', 'wasm');
  if (!fallbackKernel) throw new Error('native-cpu: the wasm backend has no Sum kernel to fall back on');
  const fallback = fallbackKernel.kernelFunc;
  return (args) => {
    const { x } = args.inputs as { x: tf.TensorInfo };
    const { axis, keepDims } = args.attrs as unknown as { axis: number | number[]; keepDims: boolean };
    const lead = leadingAxes(axis, x.shape.length);
    const size = tf.util.sizeFromShape(x.shape);
    // Empty inputs come here too: wasm's Sum of an empty axis returns uninitialized memory.
    if (x.dtype !== 'float32' || lead < 0 || (size > 0 && size < minElements)) return fallback(args);
    const rows = tf.util.sizeFromShape(x.shape.slice(0, lead));
    const rest = x.shape.slice(lead);
    const columns = tf.util.sizeFromShape(rest);
    const backend = args.backend as WasmBackend;
    const out = backend.makeOutput(keepDims ? [...x.shape.slice(0, lead).map(() => 1), ...rest] : rest, 'float32');
    if (columns === 0) return out;
    if (rows === 0) {
      floatView(backend, out).fill(0);
      return out;
    }
    matmul.run({ data: onesOf(rows), shape: [1, rows] }, { data: floatView(backend, x), shape: [rows, columns] }, floatView(backend, out), [1, columns], false, false);
    return out;
  };
}
