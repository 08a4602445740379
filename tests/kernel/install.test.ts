// `transferlab install`: where the kernelspec goes and what kernel.json says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { CLI } from './jupyter-env';

test('install --prefix DIR writes kernel.json with this node and the logos', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'transferlab-install-'));
  try {
    execFileSync(process.execPath, [CLI, 'install', '--prefix', dir], { stdio: 'pipe' });
    const spec = path.join(dir, 'share', 'jupyter', 'kernels', 'transferlab');
    assert.deepEqual(readdirSync(spec).sort(), ['kernel.json', 'logo-32x32.png', 'logo-64x64.png']);
    const json = JSON.parse(readFileSync(path.join(spec, 'kernel.json'), 'utf8'));
    assert.deepEqual(json.argv, [process.execPath, CLI, 'kernel', '--connection-file', '{connection_file}']);
    assert.equal(json.display_name, 'TypeScript (transferlab)');
    assert.equal(json.language, 'typescript');
    assert.equal(json.interrupt_mode, 'message');
    // Installing again replaces the spec in place.
    execFileSync(process.execPath, [CLI, 'install', '--prefix', dir], { stdio: 'pipe' });
    assert.deepEqual(readdirSync(path.join(dir, 'share', 'jupyter', 'kernels')), ['transferlab']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('install --user honours JUPYTER_DATA_DIR', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'transferlab-install-'));
  try {
    execFileSync(process.execPath, [CLI, 'install', '--user'], { stdio: 'pipe', env: { ...process.env, JUPYTER_DATA_DIR: dir } });
    assert.ok(readdirSync(path.join(dir, 'kernels', 'transferlab')).includes('kernel.json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad arguments fail with a message naming the fix', () => {
  const unknown = spawnSync(process.execPath, [CLI, 'install', '--everywhere'], { encoding: 'utf8' });
  assert.notEqual(unknown.status, 0);
  assert.match(unknown.stderr, /unknown argument --everywhere/);
  const both = spawnSync(process.execPath, [CLI, 'install', '--user', '--prefix', '/tmp/x'], { encoding: 'utf8' });
  assert.match(both.stderr, /pick one of --user, --sys-prefix, --prefix DIR/);
  const noFile = spawnSync(process.execPath, [CLI, 'kernel'], { encoding: 'utf8' });
  assert.match(noFile.stderr, /missing --connection-file FILE/);
  const badFile = spawnSync(process.execPath, [CLI, 'kernel', '--connection-file', '/nonexistent.json'], { encoding: 'utf8' });
  assert.match(badFile.stderr, /cannot read the connection file \/nonexistent\.json/);
});
