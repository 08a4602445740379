// The plain JavaScript backend: always there, slowest, the reference for checks.
import * as os from 'os';
import { tf } from '../tf';
import type { ActiveBackend, BackendCandidate } from './candidate';
import { ensureKernels, silenceNodeBanner } from './kernels';
import { BackendUnavailable } from './unavailable';

export const cpuCandidate: BackendCandidate = {
  id: 'cpu',
  label: 'plain JavaScript (@tensorflow/tfjs-backend-cpu)',
  tfjsName: 'cpu',
  gpu: false,
  install: 'npm install @tensorflow/tfjs@4.22.0',
  async activate(): Promise<ActiveBackend> {
    if (!(await tf.setBackend('cpu'))) throw new BackendUnavailable('failed to start (tf.setBackend returned false)');
    silenceNodeBanner(tf.backend());
    ensureKernels('cpu');
    return { device: { kind: 'cpu', name: os.cpus()[0]?.model.trim() || os.arch() }, threads: 1, notes: [] };
  },
};
