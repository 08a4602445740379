// `require` for cells: resolves packages from the working directory (as Node
// would for a script there), then from the kernel's own packages (see
// kernel-packages.ts), and serves local .ts files that a cell imports
// from the JavaScript tslab's converter emitted for them (its "side outputs").
import Module from 'module';
import path from 'path';
import type { SideOutput } from 'tslab/dist/converter';
import { withKernelPackages } from './kernel-packages';

type ModuleInternals = Omit<Module, 'require'> & { require: NodeJS.Require; _compile(code: string, filename: string): void };
const nodeModulePaths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths;

export class CellRequire {
  private readonly outputs = new Map<string, string>();
  private readonly loaded = new Map<string, Module>();
  readonly require: NodeJS.Require;

  constructor(rootDir: string) {
    this.require = this.wrap(Module.createRequire(path.join(rootDir, 'cell.js')), rootDir);
  }

  update(outputs: SideOutput[] | undefined): void {
    for (const out of outputs ?? []) {
      this.loaded.delete(out.path);
      this.outputs.set(out.path, out.data);
    }
  }

  private wrap(cellRequire: NodeJS.Require, dir: string): NodeJS.Require {
    const base = withKernelPackages(cellRequire);
    const fromSideOutputs = (id: string): unknown => {
      if (!id.startsWith('.')) return undefined;
      let filename = path.join(dir, id);
      if (path.extname(filename) === '') filename += '.js';
      const cached = this.loaded.get(filename);
      if (cached) return cached.exports;
      const code = this.outputs.get(filename);
      if (code === undefined) return undefined;
      const mod = new Module(filename, module) as unknown as ModuleInternals;
      mod.filename = filename;
      mod.paths = nodeModulePaths(path.dirname(filename));
      mod.require = this.wrap(Module.createRequire(filename), path.dirname(filename));
      this.loaded.set(filename, mod as unknown as Module);
      mod._compile(code, filename);
      return mod.exports;
    };
    const wrapped = ((id: string) => fromSideOutputs(id) ?? base(id)) as NodeJS.Require;
    return Object.assign(wrapped, { resolve: base.resolve, cache: base.cache, main: base.main, extensions: base.extensions });
  }
}
