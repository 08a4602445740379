// The WebAssembly backend: the default CPU path. In Node its .wasm files are
// read from the package's dist folder; tfjs's Node build has no threads
// (tfjs issue 3830), so it runs one thread, with SIMD when the runtime has it.
import * as os from 'os';
import * as path from 'path';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { tf } from '../tf';
import type { ActiveBackend, BackendCandidate } from './candidate';
import { ensureKernels } from './kernels';
import { BackendUnavailable, firstLine } from './unavailable';

let pathsSet = false;

function wasmDistFolder(): string {
  return path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')) + path.sep;
}

export const wasmCandidate: BackendCandidate = {
  id: 'wasm',
  label: 'WebAssembly (@tensorflow/tfjs-backend-wasm)',
  tfjsName: 'wasm',
  gpu: false,
  install: 'npm install @tensorflow/tfjs-backend-wasm@4.22.0',
  async activate(options): Promise<ActiveBackend> {
    if (!pathsSet && tf.findBackend('wasm') === null) {
      setWasmPaths(wasmDistFolder());
      pathsSet = true;
    }
    let ok: boolean;
    try {
      ok = await tf.setBackend('wasm');
    } catch (err) {
      throw new BackendUnavailable(`failed to start: ${firstLine(err)}`);
    }
    if (!ok) throw new BackendUnavailable('failed to start (tf.setBackend returned false; see the warning above)');
    ensureKernels('wasm');
    const simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
    const notes = [
      options.threads && options.threads > 1
        ? `one thread, not the ${options.threads} asked for: tfjs has no wasm threads in Node (tfjs issue 3830)`
        : 'one thread: tfjs has no wasm threads in Node (tfjs issue 3830)',
    ];
    return { device: { kind: 'cpu', name: os.cpus()[0]?.model.trim() || os.arch() }, threads: 1, simd, notes };
  },
};
