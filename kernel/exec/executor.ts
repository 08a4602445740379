// Runs cells: tslab's converter type-checks a cell against the declarations of
// earlier cells and compiles it; we run the result in this V8 context, keep its
// variables in one shared `exports` object (as tslab's executor does) and report
// the last expression's value, or the error with the cell's own line numbers.
import vm from 'vm';
import { createConverter, type Converter } from 'tslab/dist/converter';
import { readCellMaps, withInlineSourceMaps, withoutInlineMaps } from './source-maps';
import { AWAIT_HOOK, makeAwaitsInterruptible } from './await-rewrite';
import { Interrupts } from './interrupt';
import { CellRequire } from './side-modules';
import { compileError, runtimeError, type CellRecord, type ErrorContent } from './traceback';
import { CELL_GLOBALS, CELL_GLOBALS_DECLARATIONS } from './globals';

export type CellOutcome =
  | { status: 'ok'; hasValue: boolean; value?: unknown }
  | ({ status: 'error' } & ErrorContent);

const SCOPE = '__transferlabCell__';

/** Variables live here across cells; TypeScript's `exports.x = ...` must stay rewritable. */
function createExports(): Record<string, unknown> {
  const store: Record<string, unknown> = {};
  return new Proxy(store, {
    defineProperty: (_target, prop, attrs) => {
      if (prop === '__esModule') return true;
      store[prop as string] = attrs.get ? attrs.get() : attrs.value;
      return true;
    },
  });
}

export class CellExecutor {
  readonly interrupts = new Interrupts();
  private converter: Converter | undefined;
  private prevDecl = CELL_GLOBALS_DECLARATIONS;
  private readonly exports = createExports();
  private readonly requires: CellRequire;
  private readonly cells = new Map<string, CellRecord>();

  constructor(private readonly rootDir: string = process.cwd()) {
    this.requires = new CellRequire(rootDir);
    Object.assign(this.exports, CELL_GLOBALS);
    const g = globalThis as Record<string, unknown>;
    g[SCOPE] = { exports: this.exports, require: this.requires.require };
    g[AWAIT_HOOK] = this.interrupts.interruptible;
  }

  /** Builds the type checker (the slow part of start-up, about a second). */
  warmUp(): Converter {
    this.converter ??= createConverter({ isJS: false, isBrowser: false });
    return this.converter;
  }

  async run(code: string, name: string): Promise<CellOutcome> {
    const cell: CellRecord = { name, source: code };
    const converter = this.warmUp();
    const converted = withInlineSourceMaps(() => converter.convert(this.prevDecl, code));
    this.requires.update(converted.sideOutputs);
    if (converted.diagnostics.length > 0) return { status: 'error', ...compileError(converted.diagnostics, cell) };
    const declarations = converted.declOutput === undefined ? this.prevDecl : withoutInlineMaps(converted.declOutput);
    if (converted.output === undefined) {
      this.prevDecl = declarations;
      return { status: 'ok', hasValue: false };
    }
    cell.maps = readCellMaps(converted.output);
    cell.wrapperLine = converted.output.split('\n').length + 1;
    this.cells.set(name, cell);
    const head = converted.hasToplevelAwait ? '(async function (exports, require) {' : '(function (exports, require) {';
    // The head gets its own line, and lineOffset -1 numbers the compiled code from line 1 as its source map does.
    const wrapped = `${head}\n${converted.output}\n})(${SCOPE}.exports, ${SCOPE}.require)`;
    this.interrupts.startCell();
    try {
      const result = vm.runInThisContext(makeAwaitsInterruptible(wrapped), {
        filename: name,
        lineOffset: -1,
        breakOnSigint: true,
      }) as unknown;
      if (converted.hasToplevelAwait) await result;
    } catch (err) {
      return { status: 'error', ...runtimeError(err, this.cells) };
    } finally {
      this.interrupts.endCell();
    }
    this.prevDecl = declarations;
    const lastVar = converted.lastExpressionVar;
    if (!lastVar || !(lastVar in this.exports)) return { status: 'ok', hasValue: false };
    const value = this.exports[lastVar];
    delete this.exports[lastVar];
    return { status: 'ok', hasValue: value !== undefined, value };
  }

  complete(code: string, cursor: number): { start: number; end: number; matches: string[] } {
    const info = this.warmUp().complete(this.prevDecl, code, cursor);
    return { start: info.start, end: info.end, matches: info.candidates };
  }

  /** Type and documentation of the symbol at the cursor, or undefined. */
  inspect(code: string, cursor: number): string | undefined {
    const info = this.warmUp().inspect(this.prevDecl, code, cursor);
    if (!info) return undefined;
    const signature = (info.displayParts ?? []).map((p) => p.text).join('');
    const docs = (info.documentation ?? []).map((p) => p.text).join('');
    const tags = (info.tags ?? []).map((t) => `@${t.name} ${(t.text ?? []).map((p) => p.text).join('')}`.trim());
    return [signature, docs, ...tags].filter((s) => s.length > 0).join('\n\n');
  }
}
