// backendInfo(): what tfjs computes on right now, for people and for logs.
import { JUPYTER_DISPLAY, type MimeBundle } from '../display';
import { tf } from '../tf';
import { escapeHtml } from '../display/escape-html';
import { describeDevice, type BackendSelection } from './selection';
import type { DeviceInfo } from './types';
import { currentSelection } from './use-backend';

export interface BackendInfo {
  /** The active tfjs backend name, e.g. 'wasm', 'webgpu', 'tensorflow'. */
  backend: string;
  /** The transferlab candidate behind it, e.g. 'tfjs-node-gpu'; undefined if useBackend() did not choose it. */
  candidate?: string;
  device?: DeviceInfo;
  threads?: number;
  simd?: boolean;
  memory: { numTensors: number; numBytes: number; numBytesInGPU?: number };
  /** The last useBackend() report, when it chose the active backend. */
  selection?: BackendSelection;
  toString(): string;
  [JUPYTER_DISPLAY](): MimeBundle;
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

export function backendInfo(): BackendInfo {
  const backend = tf.getBackend();
  const sel = currentSelection();
  const selection = sel && sel.backend === backend ? sel : undefined;
  const m = tf.memory() as tf.MemoryInfo & { numBytesInGPU?: number };
  const memory = { numTensors: m.numTensors, numBytes: m.numBytes, numBytesInGPU: m.numBytesInGPU };
  const rows: [string, string][] = [
    ['backend', selection ? `${selection.candidate} (tfjs '${backend}')` : `${backend} (not chosen by useBackend)`],
    ['device', selection ? describeDevice(selection.device) : 'unknown'],
    ['threads', selection ? String(selection.threads) : 'unknown'],
    ['SIMD', selection?.simd === undefined ? 'n/a' : selection.simd ? 'yes' : 'no'],
    ['memory', `${memory.numTensors} tensors, ${mib(memory.numBytes)}${memory.numBytesInGPU ? `, ${mib(memory.numBytesInGPU)} on GPU` : ''}`],
  ];
  return {
    backend,
    candidate: selection?.candidate,
    device: selection?.device,
    threads: selection?.threads,
    simd: selection?.simd,
    memory,
    selection,
    toString() {
      const text = rows.map(([k, v]) => `${k.padEnd(8)} ${v}`).join('\n');
      return selection && selection.skipped.length ? `${text}\n${selection.toString()}` : text;
    },
    [JUPYTER_DISPLAY]() {
      const body = rows.map(([k, v]) => `<tr><th style="text-align:left">${k}</th><td style="text-align:left">${escapeHtml(v)}</td></tr>`).join('');
      const html = `<table>${body}</table>` + (selection ? String(selection[JUPYTER_DISPLAY]()['text/html']) : '');
      return { 'text/plain': this.toString(), 'text/html': html };
    },
  };
}
