// scripts/clean-stale.js: a test or module deleted from the sources must not keep
// running from dist/, since tsc never deletes what it once compiled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const { cleanStale } = require(path.resolve(__dirname, '../../../scripts/clean-stale.js')) as {
  cleanStale(root: string): string[];
};

function write(root: string, file: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), '');
}

test('compiled files whose .ts source is gone are removed, with their folders; the rest stay', (t) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clean-stale-'));
  t.after(() => fs.rmSync(root, { recursive: true, force: true }));
  for (const f of ['tests/kept.test.ts', 'src/index.ts']) write(root, f);
  const kept = ['dist/tests/kept.test.js', 'dist/tests/kept.test.js.map', 'dist/tests/kept.test.d.ts', 'dist/src/index.js'];
  const stale = ['dist/tests/gone/deleted.test.js', 'dist/tests/gone/deleted.test.js.map', 'dist/tests/gone/deleted.test.d.ts', 'dist/src/old.js'];
  for (const f of [...kept, ...stale]) write(root, f);

  assert.deepEqual(cleanStale(root).sort(), stale.sort());
  for (const f of kept) assert.ok(fs.existsSync(path.join(root, f)), `${f} was kept`);
  assert.ok(!fs.existsSync(path.join(root, 'dist/tests/gone')), 'the emptied folder is removed');
});
