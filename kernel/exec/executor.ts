// Runs cells: the converter (a fork of tslab's, see converter.ts) type-checks a cell against the declarations of
// earlier cells and compiles it; we run the result in this V8 context, keep its
// variables in one shared `exports` object (as tslab's executor does) and report
// the last expression's value, or the error with the cell's own line numbers.
import vm from 'vm';
import { createConverter, type Converter, type ConvertResult } from './converter';
import { readCellMaps, withInlineSourceMaps } from './source-maps';
import { AWAIT_HOOK, hasTopLevelAwait, makeAwaitsInterruptible } from './await-rewrite';
import { Interrupts } from './interrupt';
import { CellRequire } from './side-modules';
import { compileError, runtimeError, type CellRecord, type ErrorContent } from './traceback';
import { CELL_GLOBALS, CELL_GLOBALS_DECLARATIONS } from './globals';
import { spellOutEarlierCellReferences } from './earlier-cell-references';
import { forwardKernelPackages } from './kernel-packages';

export type CellOutcome =
  | { status: 'ok'; hasValue: boolean; value?: unknown }
  | ({ status: 'error' } & ErrorContent);

const SCOPE = '__transferlabCell__';
/** How many recent cells tracebacks can map back to (each keeps its source and declarations). */
const KEEP_CELLS = 200;

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
  /** Recent cells, for tracebacks through functions they defined. */
  private readonly cells = new Map<string, CellRecord>();

  constructor(rootDir: string = process.cwd()) {
    this.requires = new CellRequire(rootDir);
    Object.assign(this.exports, CELL_GLOBALS);
    const g = globalThis as Record<string, unknown>;
    g[SCOPE] = { exports: this.exports, require: this.requires.require };
    g[AWAIT_HOOK] = this.interrupts.interruptible;
  }

  /**
   * Builds the type checker (about two seconds): the converter builds the
   * program, but TypeScript binds lib and @types/node and creates the checker
   * only when a cell is first checked, so a throwaway cell pays for that here.
   */
  warmUp(): Converter {
    if (this.converter) return this.converter;
    // The converter type-checks from the process's folder (ts.sys.getCurrentDirectory()).
    forwardKernelPackages(process.cwd());
    const converter = createConverter();
    converter.convert(this.prevDecl, '0');
    this.converter = converter;
    return converter;
  }

  async run(code: string, name: string): Promise<CellOutcome> {
    const cell: CellRecord = { name, source: code, declarations: this.prevDecl };
    const converted = this.compile(cell);
    this.requires.update(converted.sideOutputs);
    if (converted.diagnostics.length > 0) return { status: 'error', ...compileError(converted.diagnostics, cell) };
    const declarations = converted.declOutput ?? this.prevDecl;
    if (converted.output === undefined) {
      this.prevDecl = declarations;
      return { status: 'ok', hasValue: false };
    }
    cell.wrapperLine = converted.output.split('\n').length + 1;
    this.remember(cell);
    // tslab's hasToplevelAwait misses `await (x)` and `for await`, hence our own check.
    const isAsync = converted.hasToplevelAwait || hasTopLevelAwait(converted.output);
    const head = isAsync ? '(async function (exports, require) {' : '(function (exports, require) {';
    // The head gets its own line, and lineOffset -1 numbers the compiled code from line 1 as its source map does.
    const wrapped = `${head}\n${makeAwaitsInterruptible(converted.output)}\n})(${SCOPE}.exports, ${SCOPE}.require)`;
    this.interrupts.startCell();
    try {
      const result = vm.runInThisContext(wrapped, {
        filename: name,
        lineOffset: -1,
        breakOnSigint: true,
      }) as unknown;
      if (isAsync) await result;
    } catch (err) {
      return { status: 'error', ...runtimeError(err, (file) => this.cellWithMaps(file)) };
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

  /**
   * Type-checks the cell as written (so errors quote the user's code), then, if
   * it passes and names from earlier cells need respelling, compiles the
   * respelled source instead (see earlier-cell-references.ts).
   */
  private compile(cell: CellRecord): ConvertResult {
    const converter = this.warmUp();
    const converted = converter.convert(cell.declarations, cell.source);
    if (converted.diagnostics.length > 0) return converted;
    const respelled = spellOutEarlierCellReferences(cell.source);
    if (respelled === cell.source) return converted;
    const recompiled = converter.convert(cell.declarations, respelled);
    if (recompiled.diagnostics.length > 0) return converted;
    cell.compiledSource = respelled;
    return recompiled;
  }

  private remember(cell: CellRecord): void {
    this.cells.delete(cell.name);
    this.cells.set(cell.name, cell);
    if (this.cells.size > KEEP_CELLS) this.cells.delete(this.cells.keys().next().value as string);
  }

  /**
   * Source maps cost time on every cell, so a cell is compiled again with maps
   * only when a traceback needs them (same declarations, so the same code).
   */
  private cellWithMaps(file: string): CellRecord | undefined {
    const cell = this.cells.get(file);
    if (!cell || cell.maps || !this.converter) return cell;
    const converter = this.converter;
    const output = withInlineSourceMaps(() => converter.convert(cell.declarations, cell.compiledSource ?? cell.source)).output;
    cell.maps = output === undefined ? undefined : readCellMaps(output);
    return cell;
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
