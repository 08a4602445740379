// No folder of the house imports a folder that imports it back, and no file cycle: checked on the
// real sources, and shown to catch a cycle on a small graph and on a fixture tree parsed from disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cycles, describeFolderCycles, folderGraph, folderOf, importGraph, type FileGraph } from './import-graph';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function graphOf(edges: Record<string, string[]>): FileGraph {
  return new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));
}

test('folderOf names the first folder under the source root, or a root file itself', () => {
  assert.equal(folderOf('src/plot/figure.ts'), 'src/plot');
  assert.equal(folderOf('src/models/use-lite/load.ts'), 'src/models');
  assert.equal(folderOf('src/tf.ts'), 'src/tf.ts');
  assert.equal(folderOf('kernel/protocol/wire.ts'), 'kernel/protocol');
});

test('a folder cycle is found even when no file cycle exists', () => {
  const files = graphOf({
    'src/metrics/evaluate.ts': ['src/plot/curves.ts'],
    'src/plot/curves.ts': ['src/metrics/curves.ts'],
    'src/metrics/curves.ts': [],
    'src/data/load.ts': ['src/tf.ts'],
    'src/tf.ts': [],
  });
  assert.deepEqual(cycles(files), []);
  const found = describeFolderCycles(folderGraph(files));
  assert.equal(found.length, 1);
  assert.match(found[0], /^src\/metrics <-> src\/plot: /);
  assert.match(found[0], /src\/metrics\/evaluate\.ts -> src\/plot\/curves\.ts/);
  assert.match(found[0], /src\/plot\/curves\.ts -> src\/metrics\/curves\.ts/);
});

test('file cycles of two, three and one (self-import) files are found; a chain is not a cycle', () => {
  const files = graphOf({ a: ['b'], b: ['a'], c: ['d'], d: ['e'], e: ['c'], f: ['f'], g: ['h'], h: [] });
  assert.deepEqual(cycles(files).sort(), [['a', 'b'], ['c', 'd', 'e'], ['f']]);
});

test('a cycle in a fixture tree on disk is found through dpdm, type-only imports included', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cycles-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write('tsconfig.json', '{"compilerOptions":{"strict":true}}');
  write('src/train/types.ts', 'export interface HistoryLike { epochs: number[] }\n');
  write('src/train/progress.ts', "import { historyFigure } from '../plot/history';\nexport const show = historyFigure;\n");
  write('src/plot/history.ts', "import type { HistoryLike } from '../train/types';\nexport function historyFigure(h: HistoryLike) { return h.epochs; }\n");
  write('src/a/x.ts', "import { y } from './y';\nexport const x = () => y;\n");
  write('src/a/y.ts', "import { x } from './x';\nexport const y = () => x;\n");
  const files = await importGraph(dir, ['src/**/*.ts']);
  assert.deepEqual(describeFolderCycles(folderGraph(files)).map((c) => c.split(':')[0]), ['src/plot <-> src/train']);
  assert.deepEqual(cycles(files), [['src/a/x.ts', 'src/a/y.ts']]);
});

test('the sources have no folder cycle and no file cycle', async () => {
  const files = await importGraph(ROOT, ['src/**/*.ts', 'kernel/**/*.ts']);
  assert.ok(files.has('src/index.ts') && files.has('kernel/main.ts'), `the graph misses the entry points; it has ${files.size} files`);
  assert.ok(files.size > 150, `only ${files.size} files were read`);
  assert.deepEqual(describeFolderCycles(folderGraph(files)), [], 'folders that import each other');
  assert.deepEqual(cycles(files), [], 'files that import each other');
});
