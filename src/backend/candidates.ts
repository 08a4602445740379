// The order in which backends are tried, and which ones each request allows.
// A later backend (a native matrix-multiply path, say) joins by taking its place
// in AUTO_ORDER and in the requests that should reach it.
import type { BackendCandidate } from './candidate';
import { cpuCandidate } from './cpu';
import { nodeCandidate, nodeGpuCandidate } from './native';
import { nativeCpuCandidate } from './native-cpu';
import type { BackendRequest } from './types';
import { wasmCandidate } from './wasm';
import { webgpuCandidate } from './webgpu';

/** Best first: CUDA, hardware WebGPU, libtensorflow on the CPU, wasm with native matmul, wasm, plain JS. */
export const AUTO_ORDER: readonly BackendCandidate[] = [
  nodeGpuCandidate,
  webgpuCandidate,
  nodeCandidate,
  nativeCpuCandidate,
  wasmCandidate,
  cpuCandidate,
];

const BY_REQUEST: Record<Exclude<BackendRequest, 'auto'>, readonly BackendCandidate[]> = {
  gpu: [nodeGpuCandidate, webgpuCandidate],
  webgpu: [webgpuCandidate],
  native: [nodeGpuCandidate, nodeCandidate],
  'native-cpu': [nativeCpuCandidate],
  wasm: [wasmCandidate],
  cpu: [cpuCandidate],
};

export const BACKEND_REQUESTS: readonly BackendRequest[] = ['auto', 'gpu', 'webgpu', 'native', 'native-cpu', 'wasm', 'cpu'];

export function candidatesFor(request: BackendRequest): readonly BackendCandidate[] {
  return request === 'auto' ? AUTO_ORDER : BY_REQUEST[request];
}
