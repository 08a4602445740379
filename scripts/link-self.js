#!/usr/bin/env node
// TypeScript's node10 resolution (used by tslab's converter) ignores a package's
// self-reference through "exports", so notebooks in this repo could not
// `import 'transferlab'`. A symlink node_modules/transferlab -> repo root fixes that;
// a user's project gets the same thing from `npm install transferlab`. Run by the
// repo's `prepare` step and by scripts/test.js, never in a user's project.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const link = path.join(root, 'node_modules', 'transferlab');
fs.mkdirSync(path.dirname(link), { recursive: true });
let current = null;
try { current = fs.readlinkSync(link); } catch { /* absent or not a link */ }
if (current === null || path.resolve(path.dirname(link), current) !== root) {
  fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(path.relative(path.dirname(link), root), link, 'dir');
}
