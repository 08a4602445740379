// The type checker is built right after start-up, so the first cell does not
// pay for it. Asserted through the kernel's kernel_info status, never through
// timings (bench/kernel has those).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KernelClient, transferlabArgv } from './client';

const checkerState = async (kernel: KernelClient) =>
  ((await kernel.request('kernel_info_request')).content.transferlab as { type_checker: string }).type_checker;

test('kernel_info reports the type checker ready without a cell, and a cell sent at once waits for it', async () => {
  const early = await KernelClient.start(transferlabArgv());
  try {
    // Sent before the warm-up can have finished: it waits, then answers correctly. The value comes
    // back in the reply (user_expressions), as iopub may not be connected this early.
    const reply = await early.request('execute_request', { code: 'const early = 1 + 1;', silent: false, user_expressions: { v: 'early' } });
    assert.equal(reply.content.status, 'ok');
    assert.deepEqual(reply.content.user_expressions, { v: { status: 'ok', data: { 'text/plain': '2' }, metadata: {} } });
    assert.equal(await checkerState(early), 'ready');
  } finally {
    await early.close();
  }
  const idle = await KernelClient.start(transferlabArgv());
  try {
    await idle.ready();
    const deadline = Date.now() + 60_000;
    let state = await checkerState(idle);
    while (state !== 'ready' && Date.now() < deadline) {
      assert.equal(state, 'warming');
      await new Promise((r) => setTimeout(r, 50));
      state = await checkerState(idle);
    }
    assert.equal(state, 'ready', 'the kernel did not warm up its type checker without being asked');
    assert.equal(await idle.resultText('[1, 2].map((x) => x * 2)'), '[ 2, 4 ]');
  } finally {
    await idle.close();
  }
});
