#!/usr/bin/env node
// Copies the packages the backend benchmark needs at run time, and nothing
// else, from node_modules into DEST/node_modules: the dependency closure of
// the roots below, with tfjs packages cut to their single-file Node bundles
// (plus the wasm binaries) and Dawn cut to linux-x64. Usage: pack-modules.js DEST
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const dest = path.resolve(process.argv[2] || '');
if (!process.argv[2]) {
  console.error('usage: pack-modules.js DEST');
  process.exit(2);
}
const ROOTS = ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm', '@tensorflow/tfjs-backend-webgpu', 'webgpu'];
const SKIP_FILE = /(\.map|\.d\.ts|\.md|\.markdown|LICENSE.*|CHANGELOG.*)$/i;

// Finds `name` from `fromDir` upwards, as Node's resolver does.
function locate(name, fromDir) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function copyFile(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

function copyTree(from, to, keep) {
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, e.name);
    if (e.name === 'node_modules' || !keep(src)) continue;
    if (e.isDirectory()) copyTree(src, path.join(to, e.name), keep);
    else if (e.isFile() && !SKIP_FILE.test(e.name)) copyFile(src, path.join(to, e.name));
  }
}

function copyPackage(dir, to, pkg) {
  if (pkg.name.startsWith('@tensorflow/')) {
    // tfjs packages ship one bundled file for Node; wasm also needs its .wasm files.
    copyFile(path.join(dir, 'package.json'), path.join(to, 'package.json'));
    copyFile(path.join(dir, pkg.main), path.join(to, pkg.main));
    const dist = path.join(dir, 'dist');
    for (const f of fs.readdirSync(dist)) if (f.endsWith('.wasm')) copyFile(path.join(dist, f), path.join(to, 'dist', f));
    return;
  }
  const platform = path.join(dir, 'dist');
  copyTree(dir, to, (src) =>
    pkg.name !== 'webgpu' || path.dirname(src) !== platform || path.basename(src) === 'linux-x64');
}

const seen = new Map();
function visit(name, fromDir) {
  const dir = locate(name, fromDir);
  if (!dir) throw new Error(`pack-modules: ${name} is not installed (needed from ${fromDir}); run npm install`);
  if (seen.has(dir)) return;
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const rel = path.relative(path.join(root, 'node_modules'), dir);
  seen.set(dir, rel);
  copyPackage(dir, path.join(dest, 'node_modules', rel), pkg);
  for (const dep of Object.keys(pkg.dependencies || {})) {
    if (dep.startsWith('@types/') || dep === '@webgpu/types') continue; // types only, nothing at run time
    visit(dep, dir);
  }
}

for (const name of ROOTS) visit(name, root);
console.log(`packed ${seen.size} packages: ${[...seen.values()].sort().join(' ')}`);
