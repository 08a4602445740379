// A throwaway Jupyter environment for the kernel tests: the kernelspec is
// installed with `transferlab install --prefix` into a temporary directory that
// JUPYTER_PATH points at, so nothing outside it is read or changed.
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';

/** Debian's Python has the apt-installed Jupyter (a pyenv `python3` earlier on PATH does not). */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
export const CLI = path.resolve(__dirname, '..', '..', '..', 'bin', 'transferlab.js');

export interface JupyterEnv {
  dir: string;
  env: NodeJS.ProcessEnv;
  remove(): void;
}

/** Fails with the install command when the Debian Jupyter packages the tests use are missing. */
export function requireJupyter(pythonModule: string, debianPackage: string): void {
  const probe = spawnSync(PYTHON, ['-c', `import ${pythonModule}`], { stdio: 'ignore' });
  if (probe.status !== 0) {
    throw new Error(`${PYTHON} cannot import ${pythonModule}: run \`apt-get install ${debianPackage}\` (scripts/install-system-deps.sh does)`);
  }
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

/** The argv of the kernelspec installed in `jupyter`, as Jupyter would run it. */
export function installedArgv(jupyter: JupyterEnv): string[] {
  const spec = path.join(jupyter.dir, 'share', 'jupyter', 'kernels', 'transferlab', 'kernel.json');
  return (JSON.parse(readFileSync(spec, 'utf8')) as { argv: string[] }).argv;
}
