// The 'native-cpu' tfjs backend: the wasm backend's very instance (same heap,
// same tensors, so switching between 'wasm' and 'native-cpu' moves nothing)
// under a second name, whose kernel table is wasm's with the matrix products
// replaced by onnxruntime's multi-threaded MLAS ones.
import { tf } from '../../tf';
import { batchMatMulKernel, fusedMatMulKernel } from './matmul-kernels';
import type { OrtMatMul } from './ort-matmul';
import type { WasmBackend } from './wasm-heap';

export const NATIVE_CPU_BACKEND = 'native-cpu';

/** The kernels native-cpu runs natively; every other kernel is wasm's. */
export const NATIVE_KERNELS = ['BatchMatMul', '_FusedMatMul'] as const;

let registeredWith: OrtMatMul | undefined;

/** Registers the backend once; later calls keep the first registration. Returns the matmul in use. */
export function registerNativeCpu(wasm: WasmBackend, matmul: OrtMatMul): OrtMatMul {
  if (registeredWith) return registeredWith;
  const native = new Set<string>(NATIVE_KERNELS);
  for (const kernel of tf.getKernelsForBackend('wasm')) {
    if (!native.has(kernel.kernelName)) tf.registerKernel({ ...kernel, backendName: NATIVE_CPU_BACKEND });
  }
  tf.registerKernel({ kernelName: 'BatchMatMul', backendName: NATIVE_CPU_BACKEND, kernelFunc: batchMatMulKernel(matmul) });
  tf.registerKernel({ kernelName: '_FusedMatMul', backendName: NATIVE_CPU_BACKEND, kernelFunc: fusedMatMulKernel(matmul) });
  // Priority 0: never tfjs's own default; useBackend() or setBackend() picks it.
  tf.registerBackend(NATIVE_CPU_BACKEND, () => wasm, 0);
  registeredWith = matmul;
  return matmul;
}
