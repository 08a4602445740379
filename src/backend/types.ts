// Shapes shared by the backend selection code and its callers.

/**
 * What a caller may ask useBackend() for. 'native' is libtensorflow (tfjs-node);
 * 'native-cpu' is wasm with onnxruntime-node's MLAS matrix products.
 */
export type BackendRequest = 'auto' | 'gpu' | 'webgpu' | 'native' | 'native-cpu' | 'wasm' | 'cpu';

export interface UseBackendOptions {
  /** Accept a software WebGPU adapter (Mesa lavapipe, SwiftShader): correct but slow. Default false. */
  allowSoftware?: boolean;
  /** Threads for the native backends (TF_NUM_INTRAOP_THREADS; native-cpu's matrix products). tfjs's wasm build runs one thread in Node. */
  threads?: number;
  /** Do not print the one-line choice. Default false. */
  silent?: boolean;
}

/** The hardware a backend computes on, as far as it can be known. */
export interface DeviceInfo {
  kind: 'gpu' | 'cpu';
  name: string;
  /** True for a software rasterizer posing as a GPU (lavapipe, SwiftShader). */
  software?: boolean;
  vendor?: string;
  architecture?: string;
  memoryBytes?: number;
}

/** What one candidate backend did during a selection. */
export interface CandidateOutcome {
  candidate: string;
  label: string;
  status: 'selected' | 'skipped' | 'not tried';
  reason: string;
}
