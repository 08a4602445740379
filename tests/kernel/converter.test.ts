// The kernel's cell converter (kernel/exec/converter.ts, a fork of tslab's) compiles a
// cell to CommonJS in the same emit that type-checks it. These checks pin what the
// executor relies on: no ES module syntax left, names exported for later cells, the
// last expression stored, earlier cells' names read from `exports`, top-level await
// noticed, and type errors at the cell's own line and column.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import path from 'path';
import { createConverter, type Converter } from '../../kernel/exec/converter';

let converter: Converter;

before(() => {
  converter = createConverter();
});
// Its watch program polls files; closing it lets the test process exit.
after(() => converter.close());

test('a cell compiles to CommonJS: imports become require, its names are exported, the last expression is stored', () => {
  const r = converter.convert('', "import * as path from 'path';\nconst a = 1;\nconst m = await import('os');\na + 1");
  assert.deepEqual(r.diagnostics, []);
  const output = r.output ?? '';
  assert.doesNotMatch(output, /^\s*(import|export)\s/m, 'no ES module syntax is left for vm to choke on');
  assert.match(output, /const path = __importStar\(require\("path"\)\);/);
  assert.match(output, /exports\.a = a;/);
  assert.match(output, /require\('os'\)/, 'dynamic import() is a require too');
  assert.equal(r.lastExpressionVar, 'tsLastExpr');
  assert.match(output, /exports\.tsLastExpr = a \+ 1;/);
  assert.equal(r.hasToplevelAwait, true);
  assert.match(r.declOutput ?? '', /declare const a = 1;/);
});

test("a later cell reads an earlier cell's names from exports and keeps their declarations", () => {
  const first = converter.convert('', 'let counter = 1;\ntype Pair = [number, number];');
  const second = converter.convert(first.declOutput ?? '', 'const p: Pair = [counter, 2];\ncounter += p[1];\ncounter');
  assert.deepEqual(second.diagnostics, []);
  assert.match(second.output ?? '', /exports\.counter \+= p\[1\];/);
  assert.match(second.output ?? '', /exports\.tsLastExpr = exports\.counter;/);
  assert.equal(second.hasToplevelAwait, false);
  assert.match(second.declOutput ?? '', /declare let counter: number;/);
  assert.match(second.declOutput ?? '', /type Pair = \[\s*number,\s*number\s*\];/);
});

test("a cell that declares nothing leaves the earlier cells' declarations as they are", () => {
  const first = converter.convert('', 'let counter = 1;\ninterface Box { n: number }');
  const carried = first.declOutput ?? '';
  for (const cell of ['counter + 1', 'for (let i = 0; i < 2; i++) counter += i;', 'if (counter) { const b: Box = { n: 1 }; }']) {
    const r = converter.convert(carried, cell);
    assert.deepEqual(r.diagnostics, [], cell);
    assert.ok(r.output, cell);
    assert.equal(r.declOutput, undefined, `${cell}: no declarations of its own, so the executor keeps the earlier ones`);
  }
  const declaring = converter.convert(carried, 'const b: Box = { n: counter };');
  assert.match(declaring.declOutput ?? '', /declare const b: Box;/);
  assert.match(declaring.declOutput ?? '', /declare let counter: number;/);
});

test('a type error is reported at the line and column of the cell, with no output', () => {
  const r = converter.convert('', "const ok = 1;\nconst s: number = 'x';");
  assert.equal(r.output, undefined);
  assert.equal(r.diagnostics.length, 1);
  const [d] = r.diagnostics;
  assert.equal(d.code, 2322);
  assert.deepEqual([d.start.line, d.start.character], [1, 6]);
});

test('completion and inspection see earlier cells', () => {
  const first = converter.convert('', 'const longVariableName = 1;');
  const done = converter.complete(first.declOutput ?? '', 'longVariableNa', 14);
  assert.ok(done.candidates.includes('longVariableName'), done.candidates.slice(0, 5).join(', '));
  const info = converter.inspect('', 'Math.max', 6);
  assert.match((info?.displayParts ?? []).map((p) => p.text).join(''), /max\(\.\.\.values: number\[\]\): number/);
});

test('local modules a cell imports, directly or through each other, are compiled with it, once until they change', () => {
  mkdirSync(path.join('out', 'test-artifacts'), { recursive: true });
  const dir = mkdtempSync(path.join('out', 'test-artifacts', 'converter-local-modules-'));
  try {
    writeFileSync(path.join(dir, 'helper.ts'), "import { base } from './base.js';\nexport const twice = (n: number): number => base * n * 2;\n");
    writeFileSync(path.join(dir, 'base.js'), 'exports.base = 1;\n');
    const cell = `import { twice } from './${dir}/helper';\ntwice(2)`;
    const r = converter.convert('', cell);
    assert.deepEqual(r.diagnostics, []);
    const compiled = new Map((r.sideOutputs ?? []).map((o) => [path.relative(process.cwd(), o.path), o.data]));
    assert.deepEqual([...compiled.keys()], [path.join(dir, 'base.js'), path.join(dir, 'helper.js')]);
    assert.match(compiled.get(path.join(dir, 'helper.js')) ?? '', /require\("\.\/base\.js"\)/);
    assert.doesNotMatch(compiled.get(path.join(dir, 'base.js')) ?? '', /tsLastExpr/, "a module's last expression is not the cell's");
    // Compiling the cell again checks the modules again: this threw while the emit edited the program's files.
    assert.equal(converter.convert('', cell).sideOutputs, undefined, 'already compiled');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a name declared again with the same declaration stays visible to later cells', () => {
  const first = converter.convert('', 'const a = 1;');
  const again = converter.convert(first.declOutput ?? '', 'const a = 1;');
  assert.equal(again.declOutput, first.declOutput);
  assert.deepEqual(converter.convert(again.declOutput ?? '', 'a + 1').diagnostics, []);
});

test('a file that appears where an import failed is picked up by the next cell (the watch program may queue two rebuilds)', async () => {
  // Inside the converter's folder (the process's), where the watch program watches failed lookups.
  mkdirSync(path.join('out', 'test-artifacts'), { recursive: true });
  const dir = mkdtempSync(path.join('out', 'test-artifacts', 'converter-late-file-'));
  try {
    const cell = `import { answer } from './${dir}/later';\nanswer + 1`;
    assert.equal(converter.convert('', cell).diagnostics[0]?.code, 2307, 'the module does not exist yet');
    writeFileSync(path.join(dir, 'later.ts'), 'export const answer = 41;\n');
    // Let the folder watcher's events arrive: each schedules work on the converter's timers.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const r = converter.convert('', cell);
    assert.deepEqual(r.diagnostics, []);
    assert.match(r.output ?? '', /require\(".*later"\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
