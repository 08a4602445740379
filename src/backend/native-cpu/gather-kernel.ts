// GatherV2 along the first axis (embedding lookups) as one row copy per index:
// wasm's own kernel computes every element's position separately, and took
// 2.6 ms to look up 384 rows of 256 floats — a tenth of a short-text forward
// pass. Other axes, batch dimensions and dtypes stay on wasm's kernel.
import { tf } from '../../tf';
import type { WasmBackend } from './wasm-heap';

type KernelFunc = tf.KernelConfig['kernelFunc'];

export function gatherKernel(): KernelFunc {
  const wasmGather = tf.getKernel('GatherV2', 'wasm');
  if (!wasmGather) throw new Error('native-cpu: the wasm backend has no GatherV2 kernel');
  return (args) => {
    const { x, indices } = args.inputs as { x: tf.TensorInfo; indices: tf.TensorInfo };
    const { axis, batchDims } = args.attrs as unknown as tf.GatherV2Attrs;
    const rows = x.shape[0];
    const rowWise = x.shape.length > 0 && tf.util.parseAxisParam(axis, x.shape)[0] === 0 && !batchDims;
    if (!rowWise || (x.dtype !== 'float32' && x.dtype !== 'int32') || indices.dtype !== 'int32') return wasmGather.kernelFunc(args);
    const backend = args.backend as WasmBackend;
    const rowSize = tf.util.sizeFromShape(x.shape.slice(1));
    const out = backend.makeOutput([...indices.shape, ...x.shape.slice(1)], x.dtype);
    // Views after the output is allocated: an allocation may move the heap.
    const index = backend.typedArrayFromHeap(indices) as Int32Array;
    const from = backend.typedArrayFromHeap(x) as Float32Array | Int32Array;
    const to = backend.typedArrayFromHeap(out) as Float32Array | Int32Array;
    for (let i = 0; i < index.length; i++) {
      const row = index[i];
      if (!(row >= 0 && row < rows)) {
        backend.disposeData(out.dataId);
        throw new Error(`GatherV2: the index value ${row} is not in [0, ${rows - 1}]`);
      }
      to.set(from.subarray(row * rowSize, (row + 1) * rowSize), i * rowSize);
    }
    return out;
  };
}
