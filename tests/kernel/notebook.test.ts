// A notebook whose middle cell throws, executed the way a new user would:
// `jupyter nbconvert --execute --allow-errors`. Every other cell must have its
// output and execution count (tslab leaves all cells after an error empty).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { installedKernelEnv, PYTHON, requireJupyter } from './jupyter-env';

interface Cell {
  cell_type: string;
  source: string;
  execution_count?: number | null;
  outputs?: Array<Record<string, unknown>>;
}

const cell = (source: string): Cell => ({ cell_type: 'code', source, execution_count: null, outputs: [], metadata: {} } as Cell);

test('nbconvert --execute --allow-errors runs every cell after a throwing one', () => {
  requireJupyter('nbconvert', 'jupyter-nbconvert python3-nbclient');
  const jupyter = installedKernelEnv();
  try {
    const cells = [
      cell('const xs: number[] = [1, 2, 3];\nxs.length'),
      cell('console.log("printed", xs.join(","));'),
      cell('function broken(): never {\n  throw new Error("middle cell fails");\n}\nbroken();'),
      cell('xs.map((x) => x * 10)'),
      cell('display.html("<b>after the error</b>");'),
    ];
    const notebook = {
      cells,
      metadata: { kernelspec: { name: 'transferlab', display_name: 'TypeScript (transferlab)', language: 'typescript' } },
      nbformat: 4,
      nbformat_minor: 5,
    };
    const input = path.join(jupyter.dir, 'middle-error.ipynb');
    writeFileSync(input, JSON.stringify(notebook));
    execFileSync(PYTHON, ['-m', 'nbconvert', '--to', 'notebook', '--execute', '--allow-errors', '--output', 'executed.ipynb', input], {
      env: jupyter.env,
      stdio: 'pipe',
      timeout: 120_000,
    });
    const executed = JSON.parse(readFileSync(path.join(jupyter.dir, 'executed.ipynb'), 'utf8')) as { cells: Cell[] };
    const counts = executed.cells.map((c) => c.execution_count);
    assert.deepEqual(counts, [1, 2, 3, 4, 5]);
    const kinds = executed.cells.map((c) => (c.outputs ?? []).map((o) => o.output_type));
    assert.deepEqual(kinds, [['execute_result'], ['stream'], ['error'], ['execute_result'], ['display_data']]);
    const error = executed.cells[2].outputs![0];
    assert.equal(error.ename, 'Error');
    assert.match((error.traceback as string[]).join('\n'), /line 2 in broken/);
    // nbformat may store multi-line strings as lists of lines.
    const text = (executed.cells[3].outputs![0].data as Record<string, string | string[]>)['text/plain'];
    assert.equal([text].flat().join(''), '[ 10, 20, 30 ]');
  } finally {
    jupyter.remove();
  }
});
