// `transferlab install | kernel | lab | notebook` (dispatched by bin/transferlab.js).
import { spawn, spawnSync } from 'child_process';
import { installedKernelArgv, installKernelspec, KERNEL_NAME, kernelJson, type InstallTarget } from './kernelspec';
import { NOTEBOOKS_DIR } from './paths';

const USAGE = `usage:
  transferlab install [--user|--sys-prefix|--prefix DIR]
  transferlab kernel --connection-file FILE
  transferlab lab | notebook [jupyter options]`;

function installTarget(args: string[]): InstallTarget {
  const known = ['--user', '--sys-prefix', '--prefix'];
  const unknown = args.filter((a, i) => !known.includes(a) && args[i - 1] !== '--prefix');
  if (unknown.length > 0) throw new Error(`install: unknown argument ${unknown[0]}\n${USAGE}`);
  const chosen = args.filter((a) => known.includes(a));
  if (chosen.length > 1) throw new Error(`install: pick one of --user, --sys-prefix, --prefix DIR (got ${chosen.join(' ')})`);
  if (chosen[0] === '--prefix') {
    const dir = args[args.indexOf('--prefix') + 1];
    if (!dir || dir.startsWith('--')) throw new Error('install: --prefix needs a directory, e.g. --prefix /opt/jupyter');
    return { kind: 'prefix', dir };
  }
  if (chosen[0] === '--sys-prefix') return { kind: 'sys-prefix' };
  if (chosen[0] === '--user') return { kind: 'user' };
  // As `jupyter kernelspec install` does: system-wide for root, per user otherwise.
  return process.getuid?.() === 0 ? { kind: 'system' } : { kind: 'user' };
}

function connectionFile(args: string[]): string {
  const at = args.findIndex((a) => a === '--connection-file' || a === '-f');
  const inline = args.find((a) => a.startsWith('--connection-file='));
  const file = inline ? inline.slice('--connection-file='.length) : at >= 0 ? args[at + 1] : undefined;
  if (!file) throw new Error(`kernel: missing --connection-file FILE (Jupyter passes it; see kernel.json)\n${USAGE}`);
  return file;
}

/** True when Jupyter already resolves `transferlab` to this package's kernel. */
function kernelspecCurrent(): boolean {
  return JSON.stringify(installedKernelArgv()) === JSON.stringify(kernelJson().argv);
}

function hasJupyterCommand(sub: string): boolean {
  return spawnSync('jupyter', [sub, '--version'], { stdio: 'ignore' }).status === 0;
}

function openJupyter(app: 'lab' | 'notebook', args: string[]): Promise<number> {
  if (spawnSync('jupyter', ['--version'], { stdio: 'ignore' }).error) {
    throw new Error('jupyter is not installed: on Debian `apt-get install jupyter-notebook`, elsewhere `pip install notebook`');
  }
  if (!kernelspecCurrent()) console.log(`installed the kernelspec in ${installKernelspec({ kind: 'user' })}`);
  const chosen = app === 'lab' && !hasJupyterCommand('lab') ? 'notebook' : app;
  if (chosen !== app) console.log('JupyterLab is not installed; opening the classic Notebook instead');
  const child = spawn('jupyter', [chosen, ...args], { cwd: NOTEBOOKS_DIR, stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

export async function main(command: string, args: string[]): Promise<number | undefined> {
  switch (command) {
    case 'install': {
      const dest = installKernelspec(installTarget(args));
      console.log(`Installed the ${KERNEL_NAME} kernelspec in ${dest}`);
      return 0;
    }
    case 'kernel': {
      const { startKernel } = await import('./main');
      startKernel(connectionFile(args));
      return undefined;
    }
    case 'lab':
    case 'notebook':
      return openJupyter(command, args);
    default:
      throw new Error(`unknown command ${command}\n${USAGE}`);
  }
}
