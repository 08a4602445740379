// The wasm backend's tensor storage, seen from a kernel: float32 views of its
// heap. A view is only valid until the heap next grows (any allocation), so
// callers allocate every output first and take views afterwards.
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { tf } from '../../tf';

export type WasmBackend = BackendWasm;

export function floatView(backend: WasmBackend, info: tf.TensorInfo): Float32Array {
  return backend.typedArrayFromHeap(info) as Float32Array;
}
