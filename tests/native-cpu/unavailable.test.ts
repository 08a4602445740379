// When onnxruntime-node cannot load, 'auto' skips native-cpu with the reason and
// runs wasm, and an explicit 'native-cpu' request fails with that reason. A fake
// package in the working directory (the first place useBackend() looks) stands
// in for a broken install; this file runs in its own process, before any real load.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tf } from '../../src/tf';
import { useBackend } from '../../src/backend';

const project = fs.mkdtempSync(path.join(os.tmpdir(), 'transferlab-ort-'));
const start = process.cwd();

before(() => {
  const dir = path.join(project, 'node_modules', 'onnxruntime-node');
  fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'onnxruntime-node', version: '1.30.0', main: 'dist/index.js' }));
  fs.writeFileSync(path.join(dir, 'dist', 'binding.js'), "throw new Error('libonnxruntime.so.1: cannot open shared object file');");
  process.chdir(project);
});

after(() => {
  process.chdir(start);
  fs.rmSync(project, { recursive: true, force: true });
});

test("'auto' skips a native-cpu that cannot load, says why, and runs wasm", async () => {
  const sel = await useBackend('auto', { silent: true });
  const reason = sel.skipped.find((o) => o.candidate === 'native-cpu')?.reason ?? '';
  assert.match(reason, /^onnxruntime-node@1\.30\.0 failed to load: libonnxruntime\.so\.1: cannot open shared object file/);
  assert.equal(sel.candidate, 'wasm');
  assert.equal(tf.getBackend(), 'wasm');
});

test("'native-cpu' that cannot load is an error with the reason and the install advice", async () => {
  await assert.rejects(useBackend('native-cpu', { silent: true }), /native-cpu: onnxruntime-node@1\.30\.0 failed to load[\s\S]*npm pkg set allowScripts\.onnxruntime-node=false --json && ONNXRUNTIME_NODE_INSTALL=skip npm install \(onnxruntime-node@1\.30\.0/);
});
