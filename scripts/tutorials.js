#!/usr/bin/env node
// npm run tutorials [-- --commit] [NAME ...]: executes the tutorial notebooks in the
// transferlab kernel (installed into out/jupyter, so nothing outside the repo changes)
// and writes executed copies plus HTML renderings under out/tutorials.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { findJupyterPython } = require('./find-python');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const commit = args.includes('--commit');
const names = args.filter((a) => !a.startsWith('--'));

execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });
const prefix = path.join(root, 'out', 'jupyter');
execFileSync(process.execPath, [path.join(root, 'bin', 'transferlab.js'), 'install', '--prefix', prefix], { stdio: 'inherit' });

const dir = path.join(root, 'notebooks');
const notebooks = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.ipynb') && (names.length === 0 || names.some((n) => f.includes(n))))
  .sort()
  .map((f) => path.join(dir, f));
if (notebooks.length === 0) {
  console.error(`no notebooks in ${dir} match ${names.join(' ')}`);
  process.exit(2);
}
const python = findJupyterPython();
const out = path.join(root, 'out', 'tutorials');
const r = spawnSync(
  python,
  [path.join(__dirname, 'run_notebooks.py'), '--out', out, ...(commit ? ['--commit'] : []), ...notebooks],
  { stdio: 'inherit', env: { ...process.env, JUPYTER_PATH: path.join(prefix, 'share', 'jupyter') } },
);
process.exit(r.status ?? 1);
