// Runs code cells in a fresh transferlab kernel through nbclient (as Jupyter would),
// with a throwaway kernelspec, and returns every cell's outputs.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const PYTHON = '/usr/bin/python3';
const ROOT = path.resolve(__dirname, '..', '..', '..');

const RUNNER = `
import json, sys, nbformat
from nbclient import NotebookClient
nb = nbformat.v4.new_notebook()
nb.cells = [nbformat.v4.new_code_cell(c) for c in json.load(sys.stdin)]
NotebookClient(nb, kernel_name='transferlab', timeout=180, allow_errors=True).execute()
json.dump([c.outputs for c in nb.cells], sys.stdout)
`;

export interface CellOutput {
  output_type: string;
  data?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
}

function hasNbclient(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import nbclient'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A node:test `skip` value: false, or why these tests cannot run here. */
export const skipWithoutNbclient: string | false = hasNbclient() ? false : `no nbclient for ${PYTHON} (install Debian's python3-nbclient)`;

export function runCellsInKernel(cells: string[]): CellOutput[][] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transferlab-nb-'));
  try {
    const kernelDir = path.join(dir, 'kernels', 'transferlab');
    fs.mkdirSync(kernelDir, { recursive: true });
    fs.writeFileSync(
      path.join(kernelDir, 'kernel.json'),
      JSON.stringify({
        argv: [process.execPath, path.join(ROOT, 'bin', 'transferlab.js'), 'kernel', '--connection-file', '{connection_file}'],
        display_name: 'TypeScript (transferlab, test)',
        language: 'typescript',
      }),
    );
    const stdout = execFileSync(PYTHON, ['-c', RUNNER], {
      input: JSON.stringify(cells),
      env: { ...process.env, JUPYTER_PATH: dir, JUPYTER_PLATFORM_DIRS: '1' },
      maxBuffer: 256 * 1024 * 1024,
      cwd: ROOT,
    });
    return JSON.parse(stdout.toString('utf8')) as CellOutput[][];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
