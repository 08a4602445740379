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

/** The package installed under `name`, or undefined. `name` in the result may differ (an npm alias). */
export function findPackage(name: string, from: string[] = searchPaths()): FoundPackage | undefined {
  let manifest: string;
  try {
    manifest = require.resolve(`${name}/package.json`, { paths: from });
  } catch {
    return undefined;
  }
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
