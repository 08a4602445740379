// Identity that shares its input's storage (reference count), as the cpu
// backend's does and as wasm's own Reshape already does: wasm's Identity
// copies, and a training step calls it hundreds of times (gradients, clones,
// optimizer reads). Safe because no kernel writes into its inputs.
import { tf } from '../../tf';
import type { WasmBackend } from './wasm-heap';

type KernelFunc = tf.KernelConfig['kernelFunc'];

export function identityKernel(): KernelFunc {
  const wasmIdentity = tf.getKernel('Identity', 'wasm');
  if (!wasmIdentity) throw new Error('native-cpu: the wasm backend has no Identity kernel');
  return (args) => {
    const { x } = args.inputs as { x: tf.TensorInfo };
    if (x.dtype === 'string') return wasmIdentity.kernelFunc(args);
    (args.backend as WasmBackend).incRef(x.dataId);
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
  };
}
