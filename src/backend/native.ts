// The native TensorFlow backends: @tensorflow/tfjs-node (libtensorflow on the
// CPU) and @tensorflow/tfjs-node-gpu (CUDA). Both are optional: their install
// script downloads libtensorflow from Google's storage, often unreachable. Each
// registers a 'tensorflow' backend through the tfjs-core it resolves; tfjs-core
// keeps its engine and kernel registry on globalThis, so that lands in our one
// engine provided that copy is the same tfjs-core version as ours.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tf } from '../tf';
import type { ActiveBackend, BackendCandidate } from './candidate';
import { ensureKernels } from './kernels';
import { findPackage, ourTfjsCore, type FoundPackage } from './resolve';
import { nvidiaDevice } from './nvidia';
import type { UseBackendOptions } from './types';
import { BackendUnavailable, firstLine } from './unavailable';

const MIRROR_HINT =
  'its install downloads libtensorflow from Google storage; set TFJS_NODE_CDN_STORAGE or TFJS_NODE_BASE_URI to a mirror and reinstall';

function installed(name: string): FoundPackage {
  const found = findPackage(name);
  if (!found) throw new BackendUnavailable('not installed');
  if (found.name !== name) {
    throw new BackendUnavailable(
      `not installed (node_modules/${name} is ${found.name}@${found.version}, an npm alias (an "overrides" entry in your package.json), not the native binding)`,
    );
  }
  return found;
}

function hasLibtensorflow(dir: string): boolean {
  const lib = path.join(dir, 'deps', 'lib');
  return fs.existsSync(lib) && fs.readdirSync(lib).some((f) => /^(lib)?tensorflow/.test(f));
}

/** Refuses a package whose tfjs-core differs from ours: two engines' classes would mix. */
function checkSameCore(pkg: FoundPackage): string[] {
  const ours = ourTfjsCore();
  // tfjs-node requires @tensorflow/tfjs, which brings the tfjs-core it registers into.
  const theirTfjs = findPackage('@tensorflow/tfjs', [pkg.dir]);
  const theirs = findPackage('@tensorflow/tfjs-core', [theirTfjs?.dir ?? pkg.dir]);
  if (!theirs) throw new BackendUnavailable(`${pkg.name} cannot find @tensorflow/tfjs-core; reinstall it`);
  if (theirs.version !== ours.version) {
    throw new BackendUnavailable(
      `${pkg.name}@${pkg.version} brings tfjs-core ${theirs.version} but transferlab runs on ${ours.version}: npm install ${pkg.name}@${ours.version}`,
    );
  }
  if (fs.realpathSync(theirs.dir) === fs.realpathSync(ours.dir)) return [];
  return [`${pkg.name} resolves a second copy of tfjs-core ${theirs.version} (${theirs.dir}); same version, so it shares our engine through globalThis`];
}

async function loadNative(name: string, options: UseBackendOptions): Promise<string[]> {
  const pkg = installed(name);
  if (!hasLibtensorflow(pkg.dir)) throw new BackendUnavailable(`libtensorflow missing under ${pkg.dir}/deps/lib (${MIRROR_HINT})`);
  const notes = checkSameCore(pkg);
  if (!tf.findBackendFactory('tensorflow')) {
    if (options.threads && !process.env.TF_NUM_INTRAOP_THREADS) process.env.TF_NUM_INTRAOP_THREADS = String(options.threads);
    try {
      require(pkg.main);
    } catch (err) {
      throw new BackendUnavailable(`failed to load: ${firstLine(err)}`);
    }
    if (!tf.findBackendFactory('tensorflow')) {
      throw new BackendUnavailable(`loaded, but no 'tensorflow' backend reached transferlab's tfjs engine (a different tfjs-core copy?)`);
    }
  }
  let ok: boolean;
  try {
    ok = await tf.setBackend('tensorflow');
  } catch (err) {
    throw new BackendUnavailable(`failed to start: ${firstLine(err)}`);
  }
  if (!ok) throw new BackendUnavailable('failed to start (tf.setBackend returned false)');
  ensureKernels('tensorflow');
  return notes;
}

function threadsOf(options: UseBackendOptions): number {
  return Number(process.env.TF_NUM_INTRAOP_THREADS) || options.threads || os.availableParallelism();
}

export const nodeGpuCandidate: BackendCandidate = {
  id: 'tfjs-node-gpu',
  label: 'CUDA (@tensorflow/tfjs-node-gpu)',
  tfjsName: 'tensorflow',
  gpu: true,
  install: 'npm install @tensorflow/tfjs-node-gpu@4.22.0 (CUDA 11.2 + cuDNN 8.1; libtensorflow 2.9.1 download, see TFJS_NODE_CDN_STORAGE)',
  async activate(options): Promise<ActiveBackend> {
    installed('@tensorflow/tfjs-node-gpu');
    const gpu = nvidiaDevice();
    if (!gpu) throw new BackendUnavailable('no CUDA device (no NVIDIA driver: /dev/nvidia0 is absent)');
    const notes = await loadNative('@tensorflow/tfjs-node-gpu', options);
    if ((tf.backend() as unknown as { isUsingGpuDevice?: boolean }).isUsingGpuDevice === false) {
      throw new BackendUnavailable('no CUDA device visible to libtensorflow (check CUDA 11.2 / cuDNN 8.1 libraries)');
    }
    return { device: gpu, threads: threadsOf(options), notes };
  },
};

export const nodeCandidate: BackendCandidate = {
  id: 'tfjs-node',
  label: 'libtensorflow on the CPU (@tensorflow/tfjs-node)',
  tfjsName: 'tensorflow',
  gpu: false,
  install: 'npm install @tensorflow/tfjs-node@4.22.0 (libtensorflow 2.9.1 download, see TFJS_NODE_CDN_STORAGE)',
  async activate(options): Promise<ActiveBackend> {
    const notes = await loadNative('@tensorflow/tfjs-node', options);
    return { device: { kind: 'cpu', name: os.cpus()[0]?.model.trim() || os.arch() }, threads: threadsOf(options), notes };
  },
};
