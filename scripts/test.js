#!/usr/bin/env node
// The project's test command: build, then run every compiled test file with
// node's test runner. Usage: npm test [-- substring ...] to run matching files only.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
// The repo's own notebooks and kernel tests import 'transferlab' through this link
// (npm's prepare step makes it too; a checkout installed with --ignore-scripts lacks it).
require('./link-self.js');
require('./clean-stale.js').cleanStale(root);
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });

function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return findTests(p);
    return e.name.endsWith('.test.js') ? [p] : [];
  });
}

const filters = process.argv.slice(2);
const files = findTests(path.join(root, 'dist', 'tests'))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error(`no test files matched ${filters.join(' ') || '(all)'}`);
  process.exit(1);
}
// Each test file runs in its own process, which inherits this preload (see test-warnings.js).
const preload = ['--require', path.join(__dirname, 'test-warnings.js')];
const result = spawnSync(process.execPath, [...preload, '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(result.status ?? 1);
