// Notebook check: in the transferlab kernel (run by nbclient), a DataFrame, a Series, a
// tensor and describe() that end a cell come back as rich execute_result bundles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const PYTHON = '/usr/bin/python3';
const ROOT = path.resolve(__dirname, '..', '..', '..');

function hasNbclient(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import nbclient'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const skip = hasNbclient() ? false : `no nbclient for ${PYTHON} (install Debian's python3-nbclient)`;

const RUNNER = `
import json, sys, nbformat
from nbclient import NotebookClient
nb = nbformat.v4.new_notebook()
nb.cells = [nbformat.v4.new_code_cell(c) for c in json.load(sys.stdin)]
NotebookClient(nb, kernel_name='transferlab', timeout=180, allow_errors=True).execute()
json.dump([c.outputs for c in nb.cells], sys.stdout)
`;

interface Output {
  output_type: string;
  data?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
}

test('DataFrames, Series, tensors and describe() render as rich results in the kernel', { skip, timeout: 300_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transferlab-nb-data-'));
  try {
    const kernelDir = path.join(dir, 'kernels', 'transferlab');
    fs.mkdirSync(kernelDir, { recursive: true });
    fs.writeFileSync(
      path.join(kernelDir, 'kernel.json'),
      JSON.stringify({
        argv: [process.execPath, path.join(ROOT, 'bin', 'transferlab.js'), 'kernel', '--connection-file', '{connection_file}'],
        display_name: 'TypeScript (transferlab, data test)',
        language: 'typescript',
      }),
    );
    const IMPORT = 'import * as tl from "transferlab";\n';
    const FRAME = 'new tl.DataFrame({ text: Array.from({ length: 80 }, (_, i) => `review ${i}`), label: Array.from({ length: 80 }, (_, i) => (i % 2 ? "pos" : "neg")) })';
    const cells = [
      `${IMPORT}await tl.tf.ready();`,
      `${IMPORT}${FRAME}`,
      `${IMPORT}${FRAME}.column("label")`,
      `${IMPORT}tl.tf.range(0, 100).reshape([10, 10])`,
      `${IMPORT}tl.data.describe(${FRAME})`,
    ];
    const stdout = execFileSync(PYTHON, ['-c', RUNNER], {
      input: JSON.stringify(cells),
      env: { ...process.env, JUPYTER_PATH: dir, JUPYTER_PLATFORM_DIRS: '1' },
      maxBuffer: 64 * 1024 * 1024,
      cwd: ROOT,
    });
    const outputs = JSON.parse(stdout.toString('utf8')) as Output[][];
    assert.deepEqual(outputs.flat().filter((o) => o.output_type === 'error').map((e) => `${e.ename}: ${e.evalue}`), []);
    const result = (i: number) => {
      const found = outputs[i].filter((o) => o.output_type === 'execute_result');
      assert.equal(found.length, 1, `cell ${i} has one result`);
      return found[0].data!;
    };
    assert.match(String(result(1)['text/html']), /class="dataframe".*<tr><th>79<\/th>.*80 rows × 2 columns/s);
    assert.match(String(result(2)['text/html']), /Name: label, Length: 80, dtype: string/);
    assert.match(String(result(3)['text/plain']), /^tf\.Tensor float32 \[10, 10\]/);
    assert.match(String(result(4)['text/html']), /<th>label<\/th><td>string<\/td>.*neg: 40, pos: 40/s);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
