// A throwaway Jupyter environment for the kernel tests: the kernelspec is
// installed with `transferlab install --prefix` into a temporary directory that
// JUPYTER_PATH points at, so nothing outside it is read or changed.
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';

export const PYTHON = '/usr/bin/python3';
export const JUPYTER = '/usr/bin/jupyter';
export const CLI = path.resolve(__dirname, '..', '..', '..', 'bin', 'transferlab.js');

export interface JupyterEnv {
  dir: string;
  env: NodeJS.ProcessEnv;
  remove(): void;
}

export function installedKernelEnv(): JupyterEnv {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'transferlab-jupyter-'));
  execFileSync(process.execPath, [CLI, 'install', '--prefix', dir], { stdio: 'pipe' });
  const env = {
    ...process.env,
    JUPYTER_PATH: path.join(dir, 'share', 'jupyter'),
    JUPYTER_DATA_DIR: path.join(dir, 'data'),
    JUPYTER_RUNTIME_DIR: path.join(dir, 'runtime'),
    JUPYTER_CONFIG_DIR: path.join(dir, 'config'),
    IPYTHONDIR: path.join(dir, 'ipython'),
  };
  return { dir, env, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
