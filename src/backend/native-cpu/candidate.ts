// useBackend()'s native-cpu candidate: wasm's kernels plus onnxruntime-node's
// MLAS matrix products on every core. Skipped, with the reason, when
// onnxruntime-node is missing or its binary does not load here.
import * as os from 'os';
import { tf } from '../../tf';
import type { ActiveBackend, BackendCandidate } from '../candidate';
import { BackendUnavailable, firstLine } from '../unavailable';
import { wasmCandidate } from '../wasm';
import { OrtMatMul } from './ort-matmul';
import { loadOrtRuntime } from './ort-runtime';
import { ortVersion, restoreCommand } from './restore';
import { NATIVE_CPU_BACKEND, registerNativeCpu } from './register';
import type { WasmBackend } from './wasm-heap';

/** One product large enough to go native, checked: a binary that loads but miscomputes is refused. */
function selfTest(): void {
  const product = tf.tidy(() => Array.from(tf.matMul(tf.ones([40, 30]), tf.ones([30, 20])).dataSync()));
  if (product.length !== 800 || product.some((v) => v !== 30)) throw new BackendUnavailable('onnxruntime-node loaded but its matrix product is wrong');
}

export const nativeCpuCandidate: BackendCandidate = {
  id: 'native-cpu',
  label: 'onnxruntime-node MLAS matrix products + WebAssembly kernels',
  tfjsName: NATIVE_CPU_BACKEND,
  gpu: false,
  get install(): string {
    return `${restoreCommand()} (onnxruntime-node@${ortVersion()}: its CPU binaries ship in the npm package; this skips its install script, which only fetches CUDA parts and, when that fails, makes npm drop the package)`;
  },
  async activate(options): Promise<ActiveBackend> {
    const ort = loadOrtRuntime();
    const wasmActive = await wasmCandidate.activate(options);
    const threads = options.threads ?? os.availableParallelism();
    let matmul: OrtMatMul;
    try {
      matmul = registerNativeCpu(tf.backend() as unknown as WasmBackend, new OrtMatMul(ort, threads));
    } catch (err) {
      throw new BackendUnavailable(`failed to register: ${firstLine(err)}`);
    }
    if (!(await tf.setBackend(NATIVE_CPU_BACKEND))) throw new BackendUnavailable('failed to start (tf.setBackend returned false)');
    try {
      selfTest();
    } catch (err) {
      await tf.setBackend('wasm');
      throw err instanceof BackendUnavailable ? err : new BackendUnavailable(`onnxruntime-node@${ort.version} failed its first product: ${firstLine(err)}`);
    }
    const notes = [`matrix products on ${matmul.threads} thread${matmul.threads === 1 ? '' : 's'} (onnxruntime-node ${ort.version}, MLAS); other kernels on wasm, one thread`];
    if (options.threads && matmul.threads !== options.threads) notes.push(`threads fixed at ${matmul.threads} by the first activation in this process`);
    return { device: wasmActive.device, threads: matmul.threads, simd: wasmActive.simd, notes };
  },
};
