// transferlab as a user gets it: the repo packed with `npm pack`, the tarball
// installed into an empty `npm init -y` project with npm's default settings (no
// overrides, no flags, the caller's npm_* variables dropped), then used there from
// a script and from the installed kernel. Slow (an npm install from the registry);
// skipped, with the reason, when the npm registry cannot be reached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { KernelClient } from '../kernel/client';

const REPO = path.resolve(__dirname, '..', '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The environment of a user's shell: none of the npm_* variables `npm test` passes down, no ONNX Runtime flag. */
function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_/i.test(k) && !/^ONNXRUNTIME_NODE_INSTALL/.test(k) && k !== 'NODE_PATH') env[k] = v;
  }
  return { ...env, ...extra };
}

function run(command: string, args: string[], options: SpawnSyncOptions & { what: string }): string {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, ...options });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  assert.equal(r.status, 0, `${options.what} failed (exit ${r.status}, ${r.error?.message ?? ''}):\n${out.slice(-4000)}`);
  return String(r.stdout ?? '');
}

/** A script run in the user's project: it requires transferlab as `require('transferlab')`. */
function runScript(project: string, name: string, source: string): string {
  writeFileSync(path.join(project, name), source);
  return run(process.execPath, [name], { cwd: project, env: userEnv(), what: `node ${name}`, timeout: 8 * 60_000 });
}

const PROBE = `
const tl = require('transferlab');
tl.useBackend('auto', { silent: true }).then((sel) => {
  const native = sel.outcomes.find((o) => o.candidate === 'native-cpu');
  console.log(JSON.stringify({ candidate: sel.candidate, nativeReason: native ? native.reason : '' }));
});
`;

const TRAIN = `
const assert = require('assert');
const tl = require('transferlab');
(async () => {
  const sel = await tl.useBackend('auto', { silent: true });
  assert.equal(sel.candidate, 'native-cpu', String(sel));
  const base = await tl.loadPretrained('use-lite');
  const reviews = await tl.datasets.load('imdb', { split: 'train', limit: 64, seed: 7 });
  assert.deepEqual(reviews.shape, [64, 2]);
  assert.ok(reviews instanceof tl.DataFrame, 'imdb loads as a danfojs DataFrame (tl.DataFrame)');
  const clf = tl.classifier(base, { labels: ['neg', 'pos'] });
  tl.freeze(clf, { upTo: 'encoder' });
  const history = await tl.fineTune(clf, reviews, { epochs: 1, batchSize: 16, silent: true });
  assert.equal(history.epochs.length, 1);
  assert.ok(Number.isFinite(history.epochs[0].loss), JSON.stringify(history.epochs));
  const [first] = await clf.predict(['A wonderful, moving film.']);
  assert.ok(['neg', 'pos'].includes(first.label));
  console.log(JSON.stringify({ backend: tl.tf.getBackend(), loss: history.epochs[0].loss }));
})().catch((e) => { console.error(e); process.exit(1); });
`;

test('npm install <packed tarball> in an empty project: one tfjs-core, native-cpu, use-lite + imdb fine-tune, the kernel', { timeout: 20 * 60_000 }, async (t) => {
  const ping = spawnSync(NPM, ['ping'], { encoding: 'utf8', env: userEnv(), timeout: 60_000 });
  if (ping.status !== 0) {
    t.skip(`the npm registry is not reachable (npm ping: ${`${ping.stderr ?? ''}${ping.error?.message ?? ''}`.trim().split('\n').pop()})`);
    return;
  }
  const work = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'transferlab-package-')));
  const project = path.join(work, 'project');
  try {
    // npm pack runs prepack (the build), so the tarball holds a fresh dist/.
    const packOut = run(NPM, ['pack', '--json', '--pack-destination', work], { cwd: REPO, env: userEnv(), what: 'npm pack' });
    // The build's own output (prepack) comes first on stdout; npm's JSON report is the last thing printed.
    const packed = JSON.parse(packOut.slice(packOut.search(/^\[/m))) as { filename: string; files: { path: string }[] }[];
    const files = packed[0].files.map((f) => f.path);
    assert.ok(files.includes('dist/src/index.js') && files.includes('bin/transferlab.js'));
    assert.ok(files.some((f) => f.startsWith('node_modules/danfojs-node/dist/')), 'danfojs-node is bundled');
    assert.deepEqual(files.filter((f) => /^(dist\/tests|dist\/bench|tests|notebooks|scripts)\//.test(f)), []);
    assert.equal(files.filter((f) => f.startsWith('node_modules/@tensorflow/')).length, 0, 'no tfjs in the bundle');
    const tarball = path.join(work, packed[0].filename);

    run('mkdir', [project], { what: 'mkdir' });
    run(NPM, ['init', '-y'], { cwd: project, env: userEnv(), what: 'npm init -y' });
    run(NPM, ['install', tarball], { cwd: project, env: userEnv(), what: `npm install ${tarball}`, timeout: 15 * 60_000 });

    // One tfjs-core in the whole tree; our own prepare step did not run here (it would link node_modules/transferlab/node_modules/transferlab).
    const cores = run(NPM, ['ls', '@tensorflow/tfjs-core', '--all', '--parseable'], { cwd: project, env: userEnv(), what: 'npm ls' })
      .split('\n').filter(Boolean);
    assert.deepEqual([...new Set(cores)].map((p) => path.relative(project, p)), [path.join('node_modules', '@tensorflow', 'tfjs-core')]);
    assert.ok(!readdirSync(path.join(project, 'node_modules', 'transferlab', 'node_modules')).includes('transferlab'));

    // Where onnxruntime-node's install script could not download its CUDA parts, npm dropped it: 'auto'
    // must then say so with the command that restores it, and that command must work.
    const probe = JSON.parse(runScript(project, 'probe.js', PROBE)) as { candidate: string; nativeReason: string };
    if (probe.candidate !== 'native-cpu') {
      const command = /bring it back with: (.+)$/.exec(probe.nativeReason)?.[1];
      assert.ok(command, `native-cpu skipped without the command that restores it: ${probe.nativeReason}`);
      t.diagnostic(`onnxruntime-node was dropped by npm; restoring with: ${command}`);
      run('sh', ['-c', command], { cwd: os.tmpdir(), env: userEnv(), what: command, timeout: 10 * 60_000 });
    }
    const trained = JSON.parse(runScript(project, 'train.js', TRAIN)) as { backend: string; loss: number };
    t.diagnostic(`fine-tuned a head for 1 epoch on 64 reviews on ${trained.backend}: loss ${trained.loss.toFixed(4)}`);

    // The kernel, installed into a throwaway Jupyter prefix (never the user's ~/.jupyter).
    const jupyter = path.join(work, 'jupyter');
    run(NPM, ['exec', '--', 'transferlab', 'install', '--prefix', jupyter], { cwd: project, env: userEnv(), what: 'npx transferlab install' });
    const spec = JSON.parse(readFileSync(path.join(jupyter, 'share', 'jupyter', 'kernels', 'transferlab', 'kernel.json'), 'utf8')) as { argv: string[] };
    assert.equal(realpathSync(spec.argv[1]), path.join(project, 'node_modules', 'transferlab', 'bin', 'transferlab.js'));
    const env = userEnv({
      JUPYTER_PATH: path.join(jupyter, 'share', 'jupyter'),
      JUPYTER_DATA_DIR: path.join(jupyter, 'data'),
      JUPYTER_RUNTIME_DIR: path.join(jupyter, 'runtime'),
      JUPYTER_CONFIG_DIR: path.join(jupyter, 'config'),
    });
    const kernel = await KernelClient.start(spec.argv, { cwd: project, env });
    try {
      await kernel.ready(120_000);
      assert.equal(await kernel.resultText("import * as tl from 'transferlab';\ntypeof tl.fineTune"), "'function'");
      assert.equal(await kernel.resultText("(await tl.useBackend('auto', { silent: true })).candidate"), "'native-cpu'");
      // danfojs-node is bundled inside transferlab, yet cells import it by name as the tutorials do.
      assert.equal(await kernel.resultText("import * as dfd from 'danfojs-node';\nconst small = new dfd.DataFrame({ a: [1, 2, 3] });\nsmall.shape"), '[ 3, 1 ]');
      assert.equal(await kernel.resultText("(await tl.datasets.load('imdb', { limit: 4, seed: 1 })).head(2).shape"), '[ 2, 2 ]');
    } finally {
      await kernel.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
