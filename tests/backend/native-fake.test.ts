// The native packages (tfjs-node, tfjs-node-gpu) are not installable here, so
// their failure modes are exercised with fake packages this test puts in a
// project folder that it makes the working directory: the first place
// useBackend() looks, as it would in a user's project.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tf } from '../../src/tf';
import { useBackend } from '../../src/backend';

const project = fs.mkdtempSync(path.join(os.tmpdir(), 'transferlab-native-'));
const start = process.cwd();

function fakePackage(name: string, files: Record<string, string>): string {
  const dir = path.join(project, 'node_modules', ...name.split('/'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const manifest = (name: string) => JSON.stringify({ name, version: '4.22.0', main: 'index.js' });

before(() => {
  // Our own tfjs-core, visible from the fake packages, as npm would dedupe it.
  const core = path.dirname(require.resolve('@tensorflow/tfjs-core/package.json'));
  fs.mkdirSync(path.join(project, 'node_modules', '@tensorflow'), { recursive: true });
  fs.symlinkSync(core, path.join(project, 'node_modules', '@tensorflow', 'tfjs-core'), 'dir');
  fakePackage('@tensorflow/tfjs-node', {
    'package.json': manifest('@tensorflow/tfjs-node'),
    'deps/lib/libtensorflow.so.2': '',
    'index.js': "throw new Error('libtensorflow.so.2: cannot open shared object file: No such file or directory');",
  });
  fakePackage('@tensorflow/tfjs-node-gpu', {
    'package.json': manifest('@tensorflow/tfjs-node-gpu'),
    'index.js': "throw new Error('the test expected this package not to be loaded');",
  });
  process.chdir(project);
});

after(() => {
  process.chdir(start);
  fs.rmSync(project, { recursive: true, force: true });
});

test("a native package that fails to load is skipped with its error, and 'auto' goes on", async () => {
  const sel = await useBackend('auto', { silent: true });
  const why = Object.fromEntries(sel.skipped.map((o) => [o.candidate, o.reason]));
  assert.match(why['tfjs-node'], /^failed to load: libtensorflow\.so\.2: cannot open shared object file/);
  assert.match(why['tfjs-node-gpu'], /no CUDA device|libtensorflow missing/);
  assert.notEqual(tf.getBackend(), 'tensorflow');
  assert.ok(['native-cpu', 'wasm', 'webgpu'].includes(sel.candidate));
});

test("'native' that cannot load is an error with the reasons and the mirror variables", async () => {
  const err = await useBackend('native', { silent: true }).then(() => undefined, (e: Error) => e);
  assert.ok(err);
  assert.match(err.message, /tfjs-node: failed to load: libtensorflow\.so\.2/);
  assert.match(err.message, /TFJS_NODE_CDN_STORAGE/);
});

test('a native package without libtensorflow says so and how to get it', async () => {
  fs.rmSync(path.join(project, 'node_modules/@tensorflow/tfjs-node/deps'), { recursive: true });
  const sel = await useBackend('auto', { silent: true });
  const reason = sel.skipped.find((o) => o.candidate === 'tfjs-node')?.reason ?? '';
  assert.match(reason, /^libtensorflow missing .*TFJS_NODE_CDN_STORAGE or TFJS_NODE_BASE_URI/);
});

test('a native package built on another tfjs-core version is refused before it loads', async () => {
  const dir = path.join(project, 'node_modules/@tensorflow/tfjs-node');
  fs.mkdirSync(path.join(dir, 'deps/lib'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'deps/lib/libtensorflow.so.2'), '');
  const core = path.join(dir, 'node_modules/@tensorflow/tfjs-core');
  fs.mkdirSync(core, { recursive: true });
  fs.writeFileSync(path.join(core, 'package.json'), JSON.stringify({ name: '@tensorflow/tfjs-core', version: '3.21.0' }));
  const sel = await useBackend('auto', { silent: true });
  const reason = sel.skipped.find((o) => o.candidate === 'tfjs-node')?.reason ?? '';
  assert.match(reason, /brings tfjs-core 3\.21\.0 but transferlab runs on 4\.22\.0: npm install @tensorflow\/tfjs-node@4\.22\.0/);
});
