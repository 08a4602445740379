// tfjs's profiler over one call, summed by kernel: where the time goes.
import { tf } from '../../src/tf';

export interface KernelShare {
  name: string;
  ms: number;
  calls: number;
}

export async function kernelTimes(f: () => void): Promise<{ totalMs: number; kernels: KernelShare[] }> {
  const info = await tf.profile(f);
  const byName = new Map<string, KernelShare>();
  for (const k of info.kernels) {
    // Op scopes such as fusedMatMul__op (custom gradients) wrap a kernel that is listed too.
    if (k.name.endsWith('__op')) continue;
    const ms = typeof k.kernelTimeMs === 'number' ? k.kernelTimeMs : 0;
    const entry = byName.get(k.name) ?? { name: k.name, ms: 0, calls: 0 };
    entry.ms += ms;
    entry.calls += 1;
    byName.set(k.name, entry);
  }
  const kernels = [...byName.values()].sort((a, b) => b.ms - a.ms);
  return { totalMs: kernels.reduce((s, k) => s + k.ms, 0), kernels };
}

export function formatKernelTimes({ totalMs, kernels }: { totalMs: number; kernels: KernelShare[] }, top = 8): string {
  const rows = kernels.slice(0, top).map((k) => `${k.name} ${((100 * k.ms) / totalMs).toFixed(0)}% (${k.ms.toFixed(0)} ms, ${k.calls}x)`);
  return `${totalMs.toFixed(0)} ms in kernels: ${rows.join(', ')}`;
}
