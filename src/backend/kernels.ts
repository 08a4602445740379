// Fills kernel gaps: registers, for a backend, every kernel the cpu backend has
// and it lacks, by running the cpu implementation on a copy of the inputs. The
// gap that matters most: wasm has no UnsortedSegmentSum, the gradient of
// gather, so a trainable Embedding cannot train on wasm without this; that one
// gets a fast scatter-add instead, on cpu too, whose own kernel is very slow.
import { tf } from '../tf';
import { unsortedSegmentSum } from './segment-sum';

type KernelConfig = ReturnType<typeof tf.getKernelsForBackend>[number];
type KernelFunc = KernelConfig['kernelFunc'];
type TensorInfo = tf.TensorInfo;
type Backend = ReturnType<typeof tf.backend>;

// Kernels that cannot move through a plain copy: complex numbers and strings
// have no storage on wasm, and Draw paints on a browser canvas.
const NOT_DELEGABLE = new Set([
  'Complex', 'ComplexAbs', 'Real', 'Imag', 'FFT', 'IFFT', 'RFFT', 'IRFFT',
  'Draw', 'StaticRegexReplace', 'StringNGrams', 'StringSplit', 'StringToHashBucketFast',
]);

const filled = new Map<string, string[]>();

/**
 * The cpu backend prints, on first use in Node, advice to install tfjs-node;
 * useBackend() already reports whether that can run here and why not.
 */
export function silenceNodeBanner(cpu: Backend): void {
  (cpu as unknown as { firstUse?: boolean }).firstUse = false;
}

function cpuBackend(): Backend {
  const cpu = tf.engine().findBackend('cpu');
  if (!cpu) throw new Error('transferlab: the cpu backend is not registered; it ships with @tensorflow/tfjs.');
  silenceNodeBanner(cpu);
  return cpu;
}

function delegateToCpu(cpuKernel: KernelFunc): KernelFunc {
  return ({ inputs, backend, attrs }) => {
    const target = backend as Backend;
    const cpu = cpuBackend();
    const cpuInputs: Record<string, TensorInfo> = {};
    const copies: TensorInfo[] = [];
    for (const [name, info] of Object.entries(inputs)) {
      if (!info) continue;
      const values = target.readSync(info.dataId) as tf.backend_util.BackendValues;
      const copy = (cpu as unknown as CpuMaker).makeTensorInfo(info.shape, info.dtype, values);
      cpuInputs[name] = copy;
      copies.push(copy);
    }
    try {
      const out = cpuKernel({ inputs: cpuInputs, backend: cpu, attrs }) as TensorInfo | TensorInfo[];
      const outs = Array.isArray(out) ? out : [out];
      const moved = outs.map((o) => {
        const values = cpu.readSync(o.dataId) as tf.backend_util.BackendValues;
        const dataId = target.write(values, o.shape, o.dtype);
        cpu.disposeData(o.dataId);
        return { dataId, shape: o.shape, dtype: o.dtype };
      });
      return Array.isArray(out) ? moved : moved[0];
    } finally {
      for (const c of copies) cpu.disposeData(c.dataId);
    }
  };
}

interface CpuMaker {
  makeTensorInfo(shape: number[], dtype: tf.DataType, values?: tf.backend_util.BackendValues): TensorInfo;
}

/**
 * Registers, for `backendName` (default: the active backend), every cpu kernel it
 * lacks, delegating to the cpu implementation, and the fast UnsortedSegmentSum on
 * cpu and wasm. Idempotent. Returns the kernel names this backend borrows from cpu.
 */
export function ensureKernels(backendName: string = tf.getBackend()): string[] {
  const done = filled.get(backendName);
  if (done) return done;
  const have = new Set(tf.getKernelsForBackend(backendName).map((k) => k.kernelName));
  const added: string[] = [];
  if (['cpu', 'wasm'].includes(backendName)) {
    if (have.has('UnsortedSegmentSum')) tf.unregisterKernel('UnsortedSegmentSum', backendName);
    tf.registerKernel({ kernelName: 'UnsortedSegmentSum', backendName, kernelFunc: unsortedSegmentSum });
    have.add('UnsortedSegmentSum');
  }
  for (const k of tf.getKernelsForBackend('cpu')) {
    if (backendName === 'cpu' || have.has(k.kernelName) || NOT_DELEGABLE.has(k.kernelName)) continue;
    tf.registerKernel({ kernelName: k.kernelName, backendName, kernelFunc: delegateToCpu(k.kernelFunc) });
    added.push(k.kernelName);
  }
  added.sort();
  filled.set(backendName, added);
  return added;
}
