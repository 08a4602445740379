// Backends that are the wasm backend's very instance (same heap, same tensors,
// so switching between them and 'wasm' moves nothing) under another name, with
// wasm's kernel table except for a few kernels replaced:
// 'native-cpu': matrix products (and sums over leading axes, as products with
// a ones vector) on onnxruntime's multi-threaded MLAS, an Identity that
// shares storage instead of copying, and row-copying embedding lookups;
// 'wasm-explicit': wasm's own products, transposes made explicit.
import { tf } from '../../tf';
import { explicitTransposeKernels } from './explicit-transposes';
import { gatherKernel } from './gather-kernel';
import { batchMatMulKernel, fusedMatMulKernel, NATIVE_MIN_MACS } from './matmul-kernels';
import { identityKernel } from './identity-kernel';
import type { OrtMatMul } from './ort-matmul';
import { sumKernel } from './sum-kernel';
import type { WasmBackend } from './wasm-heap';

export const NATIVE_CPU_BACKEND = 'native-cpu';
export const WASM_EXPLICIT_BACKEND = 'wasm-explicit';

/** The kernels native-cpu replaces (wasm-explicit: the first two); every other kernel is wasm's. */
export const NATIVE_KERNELS = ['BatchMatMul', '_FusedMatMul', 'Sum', 'Identity', 'GatherV2'] as const;

type KernelFunc = tf.KernelConfig['kernelFunc'];

function registerWasmVariant(name: string, wasm: WasmBackend, overrides: Record<string, KernelFunc>): void {
  for (const kernel of tf.getKernelsForBackend('wasm')) {
    if (!(kernel.kernelName in overrides)) tf.registerKernel({ ...kernel, backendName: name });
  }
  for (const [kernelName, kernelFunc] of Object.entries(overrides)) tf.registerKernel({ kernelName, backendName: name, kernelFunc });
  // Priority 0: never tfjs's own default; useBackend() or setBackend() picks it.
  tf.registerBackend(name, () => wasm, 0);
}

let nativeMatMul: OrtMatMul | undefined;

/** Registers 'native-cpu' once; later calls keep the first registration. Returns the matmul in use. */
export function registerNativeCpu(wasm: WasmBackend, matmul: OrtMatMul): OrtMatMul {
  if (nativeMatMul) return nativeMatMul;
  registerWasmVariant(NATIVE_CPU_BACKEND, wasm, {
    BatchMatMul: batchMatMulKernel(matmul),
    _FusedMatMul: fusedMatMulKernel(matmul),
    Sum: sumKernel(matmul, NATIVE_MIN_MACS),
    Identity: identityKernel(),
    GatherV2: gatherKernel(),
  });
  nativeMatMul = matmul;
  return matmul;
}

/** Registers 'wasm-explicit' once, on the running wasm backend (activate wasm first). */
export function registerWasmExplicit(): void {
  if (tf.findBackendFactory(WASM_EXPLICIT_BACKEND)) return;
  const wasm = tf.findBackend('wasm');
  if (!wasm) throw new Error(`${WASM_EXPLICIT_BACKEND}: start the wasm backend first (useBackend('wasm'))`);
  registerWasmVariant(WASM_EXPLICIT_BACKEND, wasm as unknown as WasmBackend, explicitTransposeKernels());
}
