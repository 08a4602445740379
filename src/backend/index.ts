// Which tfjs backend runs, and why: useBackend() chooses (CUDA, WebGPU, libtensorflow,
// wasm, cpu), backendInfo() shows it, ensureKernels() fills a backend's kernel gaps.
export { useBackend } from './use-backend';
export { backendInfo, type BackendInfo } from './info';
export { ensureKernels } from './kernels';
export { releaseWebGpu } from './webgpu';
export { BackendSelection } from './selection';
export type { BackendRequest, UseBackendOptions, DeviceInfo, CandidateOutcome } from './types';
