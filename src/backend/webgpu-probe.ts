// Asks Dawn which adapter it offers, in a short-lived child process. Dawn's native code writes
// adapter warnings ("maxDynamicUniformBuffersPerPipelineLayout artificially reduced ...") straight
// to file descriptor 2, where no JavaScript can catch them; in the child they land in a pipe and
// are dropped. A driver that crashes the probe crashes the child, not the notebook.
import { execFile } from 'child_process';
import * as path from 'path';
import { BackendUnavailable } from './unavailable';

export interface AdapterSummary {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
  isFallbackAdapter?: boolean;
}

/** The child's whole program: load dawn.node, request the adapter useBackend would, print its info as JSON. */
const PROBE = `
const gpu = require(process.argv[1]).create([]);
gpu.requestAdapter({ powerPreference: 'high-performance' }).then(
  (a) => { const i = a ? a.info || {} : null; return a && { vendor: i.vendor, architecture: i.architecture, device: i.device,
    description: i.description, isFallbackAdapter: Boolean(i.isFallbackAdapter || a.isFallbackAdapter) }; },
  (e) => ({ error: String(e && e.message || e) }),
).then((r) => process.stdout.write(JSON.stringify(r ?? null), () => process.exit(0)));
`;

/** Dawn's informational warnings about limits it adjusts; anything else on stderr is worth reporting. */
export const DAWN_NOISE = /^Warning: \w+ artificially reduced from/;

export function dawnAddonPath(packageDir: string): string {
  const arch = process.platform === 'darwin' ? 'universal' : process.arch;
  return path.join(packageDir, 'dist', `${process.platform}-${arch}`, 'dawn.node');
}

const cache = new Map<string, Promise<AdapterSummary | null>>();

/** The adapter Dawn offers (null: none), probed once per process and Dawn build. */
export function probeAdapterQuietly(packageDir: string, timeoutMs = 60_000): Promise<AdapterSummary | null> {
  const addon = dawnAddonPath(packageDir);
  let probe = cache.get(addon);
  if (!probe) {
    probe = runProbe(addon, timeoutMs);
    cache.set(addon, probe);
  }
  return probe;
}

function runProbe(addon: string, timeoutMs: number): Promise<AdapterSummary | null> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', PROBE, addon], { timeout: timeoutMs, windowsHide: true }, (err, stdout, stderr) => {
      const problems = stderr.split('\n').filter((l) => l.trim() !== '' && !DAWN_NOISE.test(l));
      let result: (AdapterSummary & { error?: string }) | null;
      try {
        result = JSON.parse(stdout) as (AdapterSummary & { error?: string }) | null;
      } catch {
        const why = err?.killed ? `no answer within ${timeoutMs / 1000} s` : problems[0] ?? err?.message ?? 'no output';
        return reject(new BackendUnavailable(`probing Dawn's adapter failed: ${why}`));
      }
      if (result?.error !== undefined) return reject(new BackendUnavailable(`Dawn found no adapter: ${result.error}`));
      resolve(result);
    });
  });
}
