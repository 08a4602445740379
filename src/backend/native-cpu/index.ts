// native-cpu: a tfjs backend that is wasm plus onnxruntime-node's multi-threaded
// MLAS matrix products. useBackend('auto') picks it above wasm when it loads.
// wasm-explicit: wasm with transposed products made explicit (a measured step
// on the way; the fallback's better products where onnxruntime-node is missing).
export { nativeCpuCandidate } from './candidate';
export { NATIVE_CPU_BACKEND, NATIVE_KERNELS, WASM_EXPLICIT_BACKEND, registerWasmExplicit } from './register';
export { NATIVE_MIN_MACS } from './matmul-kernels';
