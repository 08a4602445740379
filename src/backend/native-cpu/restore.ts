// The one command that brings onnxruntime-node back into the project that
// installed transferlab. npm runs onnxruntime-node's install script in a user's
// project whatever transferlab's manifest says; on linux-x64 that script
// downloads CUDA parts from NuGet, and where that fails npm silently removes the
// optional dependency. The CPU binaries native-cpu needs ship in the npm package
// itself, so denying the script (npm 11's allowScripts; the environment variable
// for older npm, which ignores allowScripts) and reinstalling restores it.
import * as fs from 'fs';
import * as path from 'path';

const libraryRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** The onnxruntime-node version transferlab declares (its optionalDependencies). */
export function ortVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(libraryRoot, 'package.json'), 'utf8')) as {
    optionalDependencies?: Record<string, string>;
  };
  return manifest.optionalDependencies?.['onnxruntime-node'] ?? '1.30.0';
}

/** The project whose node_modules holds transferlab (or this clone itself). */
export function projectDir(): string {
  const parent = path.dirname(libraryRoot);
  return path.basename(parent) === 'node_modules' ? path.dirname(parent) : libraryRoot;
}

/** A POSIX shell command, run anywhere, that reinstalls onnxruntime-node without its CUDA download. */
export function restoreCommand(): string {
  const quoted = `'${projectDir().replace(/'/g, `'\\''`)}'`;
  return `cd ${quoted} && npm pkg set allowScripts.onnxruntime-node=false --json && ONNXRUNTIME_NODE_INSTALL=skip npm install`;
}
