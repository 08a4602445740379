#!/usr/bin/env node
// npm run bench -- NAME [args]: builds, then runs dist/bench/NAME.js (or NAME/index.js).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const [name, ...args] = process.argv.slice(2);
const benches = fs.existsSync(path.join(root, 'bench'))
  ? fs.readdirSync(path.join(root, 'bench')).map((f) => f.replace(/\.ts$/, ''))
  : [];
if (!name || !benches.includes(name)) {
  console.error(`usage: npm run bench -- NAME   (one of: ${benches.join(', ')})`);
  process.exit(2);
}
require('./clean-stale.js').cleanStale(root);
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });
const file = fs.existsSync(path.join(root, 'dist', 'bench', `${name}.js`))
  ? path.join(root, 'dist', 'bench', `${name}.js`)
  : path.join(root, 'dist', 'bench', name, 'index.js');
execFileSync(process.execPath, [file, ...args], { stdio: 'inherit', cwd: root });
