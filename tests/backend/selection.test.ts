// useBackend()'s choices with the backends that really run here: wasm, cpu, and
// WebGPU on Mesa's lavapipe (a software adapter, so only with allowSoftware).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { tf } from '../../src/tf';
import { backendInfo, useBackend, type BackendRequest } from '../../src/backend';
import { findPackage } from '../../src/backend/resolve';
import { peekWebGpuAdapter } from '../../src/backend/webgpu';
import { JUPYTER_DISPLAY } from '../../src/display';
import { inQuietChild } from './quiet-child';

test("'auto' on a machine with only a software GPU runs native-cpu (wasm without onnxruntime-node) and says why nothing better ran", async (t) => {
  const adapter = await peekWebGpuAdapter();
  if (!adapter.software) return t.skip(`a hardware adapter is present (${adapter.name}): 'auto' rightly prefers it`);
  const sel = await useBackend('auto', { silent: true });
  const expected = findPackage('onnxruntime-node') ? 'native-cpu' : 'wasm';
  assert.equal(sel.candidate, expected);
  assert.equal(tf.getBackend(), expected);
  const why = Object.fromEntries(sel.skipped.map((o) => [o.candidate, o.reason]));
  assert.deepEqual(Object.keys(why), ['tfjs-node-gpu', 'webgpu', 'tfjs-node', ...(expected === 'wasm' ? ['native-cpu'] : [])]);
  assert.match(why['tfjs-node-gpu'], /^not installed/);
  assert.match(why.webgpu, /only a software adapter \(llvmpipe.*allowSoftware: true/);
  assert.match(why['tfjs-node'], /^not installed/);
  assert.equal(sel.outcomes.at(-1)?.status, 'not tried');
  assert.match(String(sel), new RegExp(`backend ${expected} .*\\n  skipped tfjs-node-gpu: not installed`));
});

test("'auto' prints the selection and nothing else: Dawn's adapter warnings stay off the terminal", () => {
  const backend = path.resolve(__dirname, '../../src/backend');
  const script = `require(${JSON.stringify(backend)}).useBackend('auto').then(() => process.exit(0))`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^backend \S+ .*requested 'auto'\n/);
  assert.equal(run.stderr, '');
});

test("'wasm' and 'cpu' run what they name", async () => {
  const wasm = await useBackend('wasm', { silent: true });
  assert.equal(tf.getBackend(), 'wasm');
  assert.equal(wasm.simd, true);
  assert.equal(wasm.threads, 1);
  await useBackend('cpu', { silent: true });
  assert.equal(tf.getBackend(), 'cpu');
});

test("'webgpu' refuses a software adapter unless allowSoftware, then runs on it", async () => {
  // In a child process (quiet-child.ts: Dawn's warnings stay off the terminal), which asserts the refusal,
  // the backend left alone, the device (gpu, software, mesa), a matMul's sum and the sync-read error.
  const { vendor } = await inQuietChild<{ vendor: string }>('selection');
  assert.equal(vendor, 'mesa');
});

test("'gpu' with no hardware GPU is an error that says what to install, and never falls back", async () => {
  await useBackend('wasm', { silent: true });
  const err = await useBackend('gpu', { silent: true }).then(() => undefined, (e: Error) => e);
  assert.ok(err, "'gpu' must not succeed on a CPU-only machine");
  assert.match(err.message, /useBackend\('gpu'\): nothing can run it here/);
  assert.match(err.message, /tfjs-node-gpu: not installed/);
  assert.match(err.message, /npm install @tensorflow\/tfjs-node-gpu@4\.22\.0/);
  assert.match(err.message, /npm install webgpu@0\.6\.2/);
  assert.equal(tf.getBackend(), 'wasm');
});

test('bad arguments name the argument and the accepted values', async () => {
  await assert.rejects(useBackend('tpu' as BackendRequest), /unknown backend 'tpu'; use one of auto, gpu, webgpu, native, native-cpu, wasm, cpu/);
  await assert.rejects(useBackend('wasm', { threads: 0 }), /options\.threads must be a positive integer/);
});

test('backendInfo shows backend, device, threads, SIMD and memory, as text and in a notebook', async () => {
  await useBackend('wasm', { silent: true });
  const before = backendInfo().memory.numTensors;
  const t = tf.zeros([256, 256]);
  const info = backendInfo();
  assert.equal(info.backend, 'wasm');
  assert.equal(info.candidate, 'wasm');
  assert.equal(info.memory.numTensors, before + 1);
  assert.equal(info.memory.numBytes >= 256 * 256 * 4, true);
  assert.equal(info.device?.kind, 'cpu');
  assert.match(String(info), /backend +wasm[\s\S]*threads +1[\s\S]*SIMD +yes[\s\S]*memory +\d+ tensors/);
  const bundle = info[JUPYTER_DISPLAY]();
  assert.match(String(bundle['text/html']), /<table>.*<td>wasm<\/td><td>selected<\/td>/s);
  assert.equal(bundle['text/plain'], String(info));
  t.dispose();
});
