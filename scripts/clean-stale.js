// Removes compiled files in dist/ whose TypeScript source is gone, so a test or
// module deleted from the repo does not keep running from an old build.
// tsc never deletes outputs itself. Used by scripts/test.js and scripts/bench.js.
'use strict';
const fs = require('fs');
const path = require('path');

const OUTPUTS = [/\.d\.ts$/, /\.js\.map$/, /\.js$/];

/** Deletes dist/<rel>.{js,js.map,d.ts} when <root>/<rel>.ts (or .tsx) no longer exists; returns what it removed. */
function cleanStale(root, outDir = path.join(root, 'dist')) {
  const removed = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        walk(p);
        if (fs.readdirSync(p).length === 0) fs.rmdirSync(p);
        continue;
      }
      const suffix = OUTPUTS.find((re) => re.test(e.name));
      if (!suffix) continue;
      const source = path.join(root, path.relative(outDir, p)).replace(suffix, '');
      if (!fs.existsSync(`${source}.ts`) && !fs.existsSync(`${source}.tsx`)) {
        fs.rmSync(p);
        removed.push(path.relative(root, p));
      }
    }
  };
  walk(outDir);
  return removed;
}

module.exports = { cleanStale };
