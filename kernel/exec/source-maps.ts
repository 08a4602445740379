// Maps a line of a cell's executed JavaScript back to the line the user wrote.
// tslab compiles a cell in two steps (TypeScript -> ES module -> CommonJS) and
// exposes no source maps, so we ask its compiler for inline maps at both steps
// and compose them with Node's built-in SourceMap.
import { SourceMap, type SourceMapPayload } from 'module';
import * as ts from '@tslab/typescript-for-tslab';

const INLINE_MAP = /\n\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/;

export interface CellMaps {
  /** The ES module emitted from the cell's TypeScript (with tslab's one-line `export {};` prefix). */
  esm: SourceMapPayload;
  /** The CommonJS code that runs, mapped to the ES module. */
  cjs: SourceMapPayload;
}

const recent = new Map<string, CellMaps>();
let installed = false;

/** Must run before tslab's converter is created: it reads the compiler options once. */
export function enableCellSourceMaps(): void {
  if (installed) return;
  installed = true;
  const mutable = ts as { -readonly [K in keyof typeof ts]: (typeof ts)[K] };
  const createHost = ts.createWatchCompilerHost as (...args: unknown[]) => unknown;
  mutable.createWatchCompilerHost = ((...args: unknown[]) => {
    const options = args[1] as ts.CompilerOptions;
    options.inlineSourceMap = true;
    return createHost(...args);
  }) as typeof ts.createWatchCompilerHost;
  const transpile = ts.transpileModule;
  mutable.transpileModule = (input, options) => {
    const inline = INLINE_MAP.exec(input);
    if (!inline) return transpile(input, options);
    const out = transpile(input.slice(0, inline.index), {
      ...options,
      compilerOptions: { ...options.compilerOptions, sourceMap: true },
    });
    if (out.sourceMapText) {
      recent.set(out.outputText, {
        esm: JSON.parse(Buffer.from(inline[1], 'base64').toString()),
        cjs: JSON.parse(out.sourceMapText),
      });
    }
    return out;
  };
}

/** The maps recorded for this compiled output (and forgets every other recorded one). */
export function takeCellMaps(output: string): CellMaps | undefined {
  const maps = recent.get(output);
  recent.clear();
  return maps;
}

/** Zero-based line in the cell's source for a zero-based line/column of its CommonJS code. */
export function cellLine(maps: CellMaps, line: number, column: number): number | undefined {
  const toEsm = new SourceMap(maps.cjs).findEntry(line, column) as { originalLine?: number; originalColumn?: number };
  if (toEsm.originalLine === undefined) return undefined;
  const toTs = new SourceMap(maps.esm).findEntry(toEsm.originalLine, toEsm.originalColumn ?? 0) as {
    originalLine?: number;
  };
  // tslab prefixes every cell with one line (`export {};`).
  return toTs.originalLine === undefined ? undefined : Math.max(0, toTs.originalLine - 1);
}
