// Finds optional packages the way a user's project would: first from the
// working directory (the notebook's project), then from this library's root.
import * as fs from 'fs';
import * as path from 'path';

export interface FoundPackage {
  dir: string;
  name: string;
  version: string;
  main: string;
}

const libraryRoot = path.resolve(__dirname, '..', '..', '..');

function searchPaths(): string[] {
  return [process.cwd(), libraryRoot];
}

// Walks node_modules folders upwards like Node does, but uncached: require.resolve
// remembers answers for the process's lifetime, and a package may be installed
// (or repaired) while a notebook kernel runs.
function locate(name: string, from: string[]): string | undefined {
  for (const base of from) {
    for (let dir = path.resolve(base); ; dir = path.dirname(dir)) {
      const manifest = path.join(dir, 'node_modules', name, 'package.json');
      if (fs.existsSync(manifest)) return manifest;
      if (path.dirname(dir) === dir) break;
    }
  }
  return undefined;
}

/** The package installed under `name`, or undefined. `name` in the result may differ (an npm alias). */
export function findPackage(name: string, from: string[] = searchPaths()): FoundPackage | undefined {
  const manifest = locate(name, from);
  if (!manifest) return undefined;
  const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string; version?: string; main?: string };
  const dir = path.dirname(manifest);
  return { dir, name: pkg.name ?? name, version: pkg.version ?? '0.0.0', main: path.resolve(dir, pkg.main ?? 'index.js') };
}

/** This library's own @tensorflow/tfjs-core, the one src/tf.ts runs on. */
export function ourTfjsCore(): FoundPackage {
  const found = findPackage('@tensorflow/tfjs-core', [path.dirname(require.resolve('@tensorflow/tfjs'))]);
  if (!found) throw new Error('transferlab: @tensorflow/tfjs-core is missing; run `npm install` in the project.');
  return found;
}
