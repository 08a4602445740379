// The installed kernel started in an empty folder outside the repository, as
// `jupyter console --kernel transferlab` or a notebook saved elsewhere starts
// it: transferlab and the packages its types use type-check and run from the
// kernel's own install, and a project's own node_modules still wins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { KernelClient } from './client';
import { installedArgv, installedKernelEnv } from './jupyter-env';

const REPO = path.resolve(__dirname, '..', '..', '..');

/** Starts the installed kernel in a new empty temporary folder; NODE_PATH is dropped so it cannot help. */
async function withKernelIn(prepare: (dir: string) => void, body: (kernel: KernelClient) => Promise<void>): Promise<void> {
  const jupyter = installedKernelEnv();
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'transferlab-elsewhere-')));
  assert.ok(path.relative(REPO, dir).startsWith('..'), `${dir} must be outside the repository`);
  prepare(dir);
  const env = { ...jupyter.env };
  delete env.NODE_PATH;
  const kernel = await KernelClient.start(installedArgv(jupyter), { cwd: dir, env });
  try {
    await kernel.ready();
    await body(kernel);
  } finally {
    await kernel.close();
    rmSync(dir, { recursive: true, force: true });
    jupyter.remove();
  }
}

test('outside the repo, cells import transferlab and use tl.tf: type-checked and run', async () => {
  await withKernelIn(
    () => undefined,
    async (kernel) => {
      assert.equal(await kernel.resultText("import * as tl from 'transferlab';\ntypeof tl.tf.tensor"), "'function'");
      assert.equal((await kernel.execute('await tl.tf.ready();')).reply.content.status, 'ok');
      assert.equal(await kernel.resultText('tl.tf.tensor([1, 2]).shape'), '[ 2 ]');
      // The types are transferlab's own, not `any`: a wrong annotation is a type error.
      const wrong = await kernel.execute('const shape: string = tl.tf.tensor([1]).shape;');
      assert.equal(wrong.reply.content.status, 'error');
      assert.match(String(wrong.reply.content.evalue), /TS2322/);
      // The packages transferlab's types use resolve too.
      assert.equal(await kernel.resultText("import * as tf from '@tensorflow/tfjs';\nconst n: number = tf.tensor([3, 4, 5]).size;\nn"), '3');
      assert.equal(await kernel.resultText("import type { DataFrame } from 'danfojs-node';\nconst f: DataFrame | undefined = undefined;\ntypeof f"), "'undefined'");
    },
  );
});

test("outside the repo, a project's own node_modules wins over the kernel's packages", async () => {
  await withKernelIn(
    (dir) => {
      const pkg = path.join(dir, 'node_modules', 'transferlab');
      mkdirSync(pkg, { recursive: true });
      writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'transferlab', version: '9.9.9', main: 'index.js', types: 'index.d.ts' }));
      writeFileSync(path.join(pkg, 'index.js'), "exports.marker = 'project copy';\n");
      writeFileSync(path.join(pkg, 'index.d.ts'), "export declare const marker: 'project copy';\n");
    },
    async (kernel) => {
      assert.equal(await kernel.resultText("import { marker } from 'transferlab';\nconst m: 'project copy' = marker;\nm"), "'project copy'");
      // The project's copy has no tf, and the checker says so.
      const missing = await kernel.execute("import { tf } from 'transferlab';");
      assert.equal(missing.reply.content.status, 'error');
      assert.match(String(missing.reply.content.evalue), /TS2305/);
    },
  );
});
