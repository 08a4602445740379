// The contract every backend candidate fulfils. activate() either leaves tfjs
// running on the candidate's backend or throws BackendUnavailable with the reason.
import type { DeviceInfo, UseBackendOptions } from './types';

export interface ActiveBackend {
  device: DeviceInfo;
  threads: number;
  simd?: boolean;
  /** Facts worth showing next to the choice (e.g. a shared second tfjs-core). */
  notes: string[];
}

export interface BackendCandidate {
  /** Stable id used in reports, e.g. 'tfjs-node-gpu'. */
  id: string;
  /** What it is, for people. */
  label: string;
  /** The tfjs backend name it registers (tf.getBackend() once active). */
  tfjsName: string;
  gpu: boolean;
  /** What to install to make it available. */
  install: string;
  activate(options: UseBackendOptions): Promise<ActiveBackend>;
}
