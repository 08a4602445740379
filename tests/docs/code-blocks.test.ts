// README.md and docs/*.md cannot drift from the API: every TypeScript block is
// type-checked with the project's TypeScript and run with node, importing
// 'transferlab' (see code-blocks.ts for the `no-run` marker and the small limits).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ts from 'typescript';
import { documentedFiles, limitsFromEnv, runnableSource, typescriptBlocks, type CodeBlock } from './code-blocks';

const root = path.resolve(__dirname, '..', '..', '..');
const outDir = path.join(root, 'dist', 'doc-blocks');
const BLOCK_TIMEOUT_MS = 5 * 60_000;

test('the extractor finds ts blocks, honours no-run, and applies the small limits', () => {
  const md = ['# t', '```ts', "const a = await f({ limit: 2000, epochs: 4 });", '```', '```ts no-run', 'net();', '```', '```sh', 'ls', '```'].join('\n');
  const blocks = typescriptBlocks(md, 'x.md');
  assert.deepEqual(blocks.map((b) => [b.where, b.run]), [['x.md:2', true], ['x.md:5', false]]);
  const source = runnableSource(blocks[0], { limit: 200, epochs: 1 });
  assert.match(source, /limit: Math\.min\(2000, 200\)/);
  assert.match(source, /epochs: Math\.min\(4, 1\)/);
  assert.doesNotMatch(runnableSource(blocks[0], { limit: 0, epochs: 0 }), /Math\.min/);
});

const blocks: CodeBlock[] = documentedFiles(root).flatMap((file) => typescriptBlocks(fs.readFileSync(path.join(root, file), 'utf8'), file));
const runnable = blocks.filter((b) => b.run);

test('README.md has runnable TypeScript examples', () => {
  assert.ok(runnable.some((b) => b.file === 'README.md'), 'no runnable ```ts block in README.md');
});

/** Writes every runnable block as dist/doc-blocks/<file>-<line>.ts and type-checks them together. */
function compileAll(): Map<CodeBlock, { js: string; errors: string[] }> {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const limits = limitsFromEnv();
  const sources = new Map<CodeBlock, string>();
  for (const block of runnable) {
    const file = path.join(outDir, `${block.file.replace(/[^\w]+/g, '-')}-${block.line}.ts`);
    fs.writeFileSync(file, runnableSource(block, limits));
    sources.set(block, file);
  }
  const program = ts.createProgram([...sources.values()], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [path.join(root, 'node_modules', '@types')],
    outDir,
    rootDir: outDir,
  });
  program.emit();
  const result = new Map<CodeBlock, { js: string; errors: string[] }>();
  for (const [block, file] of sources) {
    const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
    const errors = diagnostics.map((d) => {
      const where = d.file && d.start !== undefined ? `${path.relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
      return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    result.set(block, { js: file.replace(/\.ts$/, '.js'), errors });
  }
  return result;
}

let compiled: Map<CodeBlock, { js: string; errors: string[] }> | undefined;

for (const block of runnable) {
  test(`${block.where} type-checks and runs`, { timeout: BLOCK_TIMEOUT_MS + 60_000 }, () => {
    compiled ??= compileAll();
    const { js, errors } = compiled.get(block)!;
    assert.deepEqual(errors, [], `${block.where} does not type-check against the current API:\n${errors.join('\n')}`);
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'transferlab-docs-'));
    try {
      const run = spawnSync(process.execPath, [js], {
        cwd,
        env: { ...process.env, TRANSFERLAB_OFFLINE: '1' },
        encoding: 'utf8',
        timeout: BLOCK_TIMEOUT_MS,
      });
      assert.equal(run.status, 0, `${block.where} failed (status ${run.status}, signal ${run.signal}):\n${run.stderr.slice(-4000)}`);
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });
}
