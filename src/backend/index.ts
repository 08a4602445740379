// Which tfjs backend runs, and why: useBackend() chooses (CUDA, WebGPU, libtensorflow,
// native-cpu, wasm, cpu), backendInfo() shows it, ensureKernels() fills a backend's kernel gaps.
import { ensureKernels } from './kernels';

export { useBackend } from './use-backend';
export { backendInfo, type BackendInfo } from './info';
export { ensureKernels };
export { releaseWebGpu } from './webgpu';
export { NATIVE_CPU_BACKEND } from './native-cpu';
export { BackendSelection } from './selection';
export type { BackendRequest, UseBackendOptions, DeviceInfo, CandidateOutcome } from './types';

// Code that calls tf.setBackend('wasm' | 'cpu') itself, without useBackend(),
// still gets the gap-filling kernels and the fast gather gradient.
ensureKernels('cpu');
ensureKernels('wasm');
