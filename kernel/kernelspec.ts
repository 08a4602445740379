// The `transferlab` kernelspec: kernel.json (argv runs this package's kernel
// with this Node binary) plus logos, written where Jupyter looks for kernels.
import { execFileSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { ASSETS_DIR, CLI_SCRIPT } from './paths';

export const KERNEL_NAME = 'transferlab';

export type InstallTarget = { kind: 'user' } | { kind: 'sys-prefix' } | { kind: 'prefix'; dir: string } | { kind: 'system' };

export function kernelJson(): Record<string, unknown> {
  return {
    argv: [process.execPath, CLI_SCRIPT, 'kernel', '--connection-file', '{connection_file}'],
    display_name: 'TypeScript (transferlab)',
    language: 'typescript',
    // The control channel is served by its own thread, so interrupt_request works while a
    // cell blocks, and also for clients that cannot signal the kernel (remote, Windows).
    interrupt_mode: 'message',
    metadata: { debugger: false },
  };
}

function userDataDir(): string {
  if (process.env.JUPYTER_DATA_DIR) return process.env.JUPYTER_DATA_DIR;
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Jupyter');
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? os.homedir(), 'jupyter');
  return path.join(process.env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share'), 'jupyter');
}

/** Runs a snippet with the first Python that has jupyter_client (PYTHON, python3, Debian's /usr/bin/python3). */
export function runJupyterPython(code: string): string | undefined {
  const candidates = [process.env.PYTHON, 'python3', '/usr/bin/python3', 'python'].filter((p): p is string => !!p);
  for (const python of candidates) {
    try {
      return execFileSync(python, ['-c', `import jupyter_client\n${code}`], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      // try the next one
    }
  }
  return undefined;
}

function pythonSysPrefix(): string {
  const prefix = runJupyterPython('import sys; print(sys.prefix)');
  if (prefix === undefined) {
    throw new Error('--sys-prefix: no Python with jupyter_client found (tried PYTHON, python3, /usr/bin/python3); install Jupyter or use --user / --prefix DIR');
  }
  return prefix.trim();
}

/** The argv of the kernelspec Jupyter currently finds under our name, if any. */
export function installedKernelArgv(): string[] | undefined {
  const out = runJupyterPython(
    'import json; from jupyter_client.kernelspec import KernelSpecManager as M\n' +
      `try: print(json.dumps(M().get_kernel_spec(${JSON.stringify(KERNEL_NAME)}).argv))\n` +
      'except Exception: print("null")',
  );
  return out === undefined ? undefined : ((JSON.parse(out) as string[] | null) ?? undefined);
}

export function kernelsDir(target: InstallTarget): string {
  switch (target.kind) {
    case 'user':
      return path.join(userDataDir(), 'kernels');
    case 'prefix':
      return path.join(path.resolve(target.dir), 'share', 'jupyter', 'kernels');
    case 'sys-prefix':
      return path.join(pythonSysPrefix(), 'share', 'jupyter', 'kernels');
    case 'system':
      return process.platform === 'win32'
        ? path.join(process.env.PROGRAMDATA ?? 'C:\\ProgramData', 'jupyter', 'kernels')
        : '/usr/local/share/jupyter/kernels';
  }
}

/** Writes the kernelspec atomically (a complete directory renamed into place); returns its path. */
export function installKernelspec(target: InstallTarget): string {
  const parent = kernelsDir(target);
  const dest = path.join(parent, KERNEL_NAME);
  const tmp = path.join(parent, `.${KERNEL_NAME}-${process.pid}-${Date.now()}`);
  mkdirSync(tmp, { recursive: true });
  try {
    writeFileSync(path.join(tmp, 'kernel.json'), JSON.stringify(kernelJson(), null, 2) + '\n');
    for (const logo of ['logo-32x32.png', 'logo-64x64.png']) copyFileSync(path.join(ASSETS_DIR, logo), path.join(tmp, logo));
    if (existsSync(dest)) rmSync(dest, { recursive: true, force: true });
    renameSync(tmp, dest);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`cannot install the kernelspec into ${dest}: ${(e as Error).message}`);
  }
  return dest;
}
