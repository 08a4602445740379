// Runs Debian's jupyter_kernel_test suite (conformance.py) against the kernel
// installed in a temporary prefix, and checks that every test ran and passed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import path from 'path';
import { installedKernelEnv, PYTHON, requireJupyter } from './jupyter-env';

const SUITE = path.resolve(__dirname, '..', '..', '..', 'tests', 'kernel', 'conformance.py');

test('jupyter_kernel_test passes with only the pager test skipped', () => {
  requireJupyter('jupyter_kernel_test', 'python3-jupyter-kernel-test');
  const jupyter = installedKernelEnv();
  try {
    const run = spawnSync(PYTHON, [SUITE], { env: jupyter.env, encoding: 'utf8', timeout: 180_000 });
    const log = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.status, 0, log);
    const results = [...log.matchAll(/^(test_\w+) \(.*?\)(?:\s*\n?.*?)? \.\.\. (ok|skipped.*|FAIL|ERROR)$/gm)].map((m) => [m[1], m[2]]);
    const passed = results.filter(([, r]) => r === 'ok').map(([name]) => name).sort();
    const skipped = results.filter(([, r]) => r.startsWith('skipped')).map(([name]) => name);
    assert.deepEqual(skipped, ['test_pager'], log);
    assert.deepEqual(
      passed,
      [
        'test_clear_output', 'test_completion', 'test_display_data', 'test_error', 'test_execute_result',
        'test_execute_stderr', 'test_execute_stdout', 'test_history', 'test_inspect', 'test_is_complete', 'test_kernel_info',
      ],
      log,
    );
  } finally {
    jupyter.remove();
  }
});
