// The NVIDIA GPU's name and memory, from nvidia-smi, when a driver is present.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import type { DeviceInfo } from './types';

export function nvidiaDevice(): DeviceInfo | undefined {
  if (!fs.existsSync('/dev/nvidia0') && !fs.existsSync('/proc/driver/nvidia/version')) return undefined;
  try {
    const out = execFileSync('nvidia-smi', ['--query-gpu=name,memory.total', '--format=csv,noheader,nounits'], {
      encoding: 'utf8',
      timeout: 5000,
    });
    const [name, mib] = out.split('\n')[0].split(',').map((s) => s.trim());
    return { kind: 'gpu', name, vendor: 'nvidia', memoryBytes: Number(mib) * 2 ** 20 };
  } catch {
    return { kind: 'gpu', name: 'NVIDIA GPU', vendor: 'nvidia' };
  }
}
