// BatchMatMul and _FusedMatMul for wasm with the transposes made explicit:
// tfjs-backend-wasm 4.22 multiplies a transposed operand several times slower
// than a plain one (its loops stride across rows), and the backward pass is
// made of transposed products; one Transpose copy first is cheaper. Used by the
// 'wasm-explicit' backend, where onnxruntime-node is not available.
import { tf } from '../../tf';

type KernelFunc = tf.KernelConfig['kernelFunc'];

function wasmKernel(name: string): KernelFunc {
  const kernel = tf.getKernel(name, 'wasm');
  if (!kernel) throw new Error(`wasm-explicit: the wasm backend has no ${name} kernel`);
  return kernel.kernelFunc;
}

function explicit(name: 'BatchMatMul' | '_FusedMatMul'): KernelFunc {
  const product = wasmKernel(name);
  const transpose = wasmKernel('Transpose');
  return ({ inputs, backend, attrs }) => {
    const { transposeA, transposeB } = attrs as unknown as { transposeA: boolean; transposeB: boolean };
    if (!transposeA && !transposeB) return product({ inputs, backend, attrs });
    const temps: tf.TensorInfo[] = [];
    const swapLastAxes = (x: tf.TensorInfo): tf.TensorInfo => {
      const perm = x.shape.map((_, i) => i);
      [perm[perm.length - 2], perm[perm.length - 1]] = [perm[perm.length - 1], perm[perm.length - 2]];
      const out = transpose({ inputs: { x }, backend, attrs: { perm } }) as tf.TensorInfo;
      temps.push(out);
      return out;
    };
    const a = transposeA ? swapLastAxes(inputs.a as tf.TensorInfo) : inputs.a;
    const b = transposeB ? swapLastAxes(inputs.b as tf.TensorInfo) : inputs.b;
    try {
      return product({ inputs: { ...inputs, a, b }, backend, attrs: { ...attrs, transposeA: false, transposeB: false } });
    } finally {
      for (const t of temps) (backend as tf.KernelBackend).disposeData(t.dataId);
    }
  };
}

export function explicitTransposeKernels(): Record<string, KernelFunc> {
  return { BatchMatMul: explicit('BatchMatMul'), _FusedMatMul: explicit('_FusedMatMul') };
}
