// native-cpu: a tfjs backend that is wasm plus onnxruntime-node's multi-threaded
// MLAS matrix products. useBackend('auto') picks it above wasm when it loads.
export { nativeCpuCandidate } from './candidate';
export { NATIVE_CPU_BACKEND, NATIVE_KERNELS } from './register';
export { NATIVE_MIN_MACS } from './matmul-kernels';
