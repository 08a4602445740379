// Cells import the kernel's own packages (transferlab, and the tf, danfojs and
// plotly its types use) from any folder, as a Python kernel imports its
// environment's packages. The cell's folder chain always comes first, so a
// project's own node_modules wins; only a package it lacks falls back to the
// node_modules this kernel was installed with. Neither side needs the
// node_modules/transferlab self-link: the package is found by its root.
import { existsSync, readFileSync } from 'fs';
import Module from 'module';
import path from 'path';
import * as ts from '@tslab/typescript-for-tslab';
import { PACKAGE_ROOT } from '../paths';

const OWN_NAME = (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string }).name;
const nodeModulePaths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths;

/**
 * require() as if from the package root: its node_modules and those above it
 * (a hoisted install), and the package's own name through its "exports"
 * (Node's self-reference), so a clone needs no link either.
 */
const fromKernel = Module.createRequire(path.join(PACKAGE_ROOT, 'package.json'));

const isBare = (id: string) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('node:');

/** `base` (the cell's folder chain) first; a bare name it cannot find comes from the kernel's packages. */
export function withKernelPackages(base: NodeJS.Require): NodeJS.Require {
  const resolve = ((id: string, options?: { paths?: string[] }) => {
    try {
      return base.resolve(id, options);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND' || !isBare(id) || options?.paths) throw e;
      try {
        return fromKernel.resolve(id);
      } catch {
        throw e;
      }
    }
  }) as NodeJS.RequireResolve;
  resolve.paths = base.resolve.paths;
  const required = ((id: string) => base(resolve(id))) as NodeJS.Require;
  return Object.assign(required, { resolve, cache: base.cache, main: base.main, extensions: base.extensions });
}

/** Where the kernel's copy of a package is, or undefined when the cell's folder chain has its own. */
function kernelCopy(pkg: string, cwd: string): string | undefined {
  const typesName = `@types/${pkg.replace(/^@([^/]+)\//, '$1__')}`;
  const own = nodeModulePaths(cwd).some((dir) => existsSync(path.join(dir, pkg)) || existsSync(path.join(dir, typesName)));
  if (own) return undefined;
  if (pkg === OWN_NAME) return PACKAGE_ROOT;
  for (const dir of nodeModulePaths(PACKAGE_ROOT)) {
    if (existsSync(path.join(dir, pkg))) return path.join(dir, pkg);
  }
  return undefined;
}

const forwarded = new Set<string>();

/**
 * The type checker's side. tslab's converter fixes node10 resolution and takes
 * no compiler options or resolver, but reads files through ts.sys, and forwards
 * `<cwd>/node_modules/tslab` to its own copy the same way. We forward
 * `<cwd>/node_modules/<pkg>` to the kernel's copy of a package the cell's folder
 * chain lacks; realpath maps it back, so the program holds the real files and
 * their own imports resolve from where they really are. Call once, before
 * createConverter (its sys inherits from the ts.sys of that moment).
 */
export function forwardKernelPackages(cwd: string): void {
  if (forwarded.has(cwd)) return;
  forwarded.add(cwd);
  const real = ts.sys;
  const cwdModules = path.join(cwd, 'node_modules');
  const copies = new Map<string, string | undefined>();
  const forward = (p: string): string => {
    const rel = path.relative(cwdModules, p);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return p;
    const parts = rel.split(path.sep);
    const n = parts[0].startsWith('@') ? 2 : 1;
    if (parts.length < n) return p;
    const pkg = parts.slice(0, n).join('/');
    if (!copies.has(pkg)) copies.set(pkg, kernelCopy(pkg, cwd));
    const copy = copies.get(pkg);
    return copy === undefined ? p : path.join(copy, ...parts.slice(n));
  };
  const sys: ts.System = Object.create(real);
  sys.fileExists = (p) => real.fileExists(forward(p));
  sys.directoryExists = (p) => real.directoryExists(forward(p));
  sys.readFile = (p, encoding) => real.readFile(forward(p), encoding);
  sys.getDirectories = (p) => real.getDirectories(forward(p));
  sys.readDirectory = (p, ...rest) => real.readDirectory(forward(p), ...rest);
  if (real.realpath) sys.realpath = (p) => real.realpath!(forward(p));
  (ts as unknown as { setSys(s: ts.System): void }).setSys(sys);
}
