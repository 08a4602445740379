// Runs the GPU part of a backend test in a child process. Dawn writes adapter warnings
// ("maxDynamicUniformBuffersPerPipelineLayout artificially reduced ...") natively to file
// descriptor 2, which no JavaScript in the process can filter; a child's stderr is a pipe,
// filtered here the way src/backend/webgpu-probe.ts filters the probe. The child prints its
// result as one JSON line after RESULT_MARK; anything else it prints is passed on, and a
// failing child (an assertion inside it) fails the calling test with its stderr.
import { execFile } from 'child_process';
import * as path from 'path';
import { DAWN_NOISE } from '../../src/backend/webgpu-probe';

export const RESULT_MARK = '@@result ';

const CHILD = path.join(__dirname, 'webgpu-child.js');

/** Runs job `name` of webgpu-child.ts and returns what it printed after RESULT_MARK. */
export function inQuietChild<T>(name: string): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CHILD, name], { maxBuffer: 1 << 28, timeout: 10 * 60_000 }, (err, stdout, stderr) => {
      const problems = stderr.split('\n').filter((l) => l.trim() !== '' && !DAWN_NOISE.test(l));
      const lines = stdout.split('\n');
      const result = lines.find((l) => l.startsWith(RESULT_MARK));
      const other = lines.filter((l) => l.trim() !== '' && !l.startsWith(RESULT_MARK));
      if (other.length > 0) process.stdout.write(`${other.join('\n')}\n`);
      if (err || result === undefined) {
        return reject(new Error(`webgpu-child ${name} failed (${err?.message.split('\n')[0] ?? 'no result'}):\n${problems.join('\n')}`));
      }
      if (problems.length > 0) process.stderr.write(`${problems.join('\n')}\n`);
      resolve(JSON.parse(result.slice(RESULT_MARK.length)) as T);
    });
  });
}
