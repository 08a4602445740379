// Maps a line of a cell's executed JavaScript back to the line the user wrote.
// The converter compiles a cell straight to CommonJS with fixed compiler
// options and no source maps; the executor compiles a cell again with maps
// when a traceback needs them. Its options objects are plain literals, so while
// a cell compiles we make `inlineSourceMap` read as true through
// Object.prototype (briefly, synchronously, non-enumerable); the emit then
// carries an inline map to the cell's TypeScript.
import { SourceMap, type SourceMapPayload } from 'module';

const INLINE_MAP = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)/g;
const OPTION = 'inlineSourceMap';

/** The CommonJS code that runs, mapped to the cell's TypeScript (after the converter's one-line `export {};` prefix). */
export type CellMaps = SourceMap;

/** Runs a synchronous compile with inline source maps switched on. */
export function withInlineSourceMaps<T>(compile: () => T): T {
  Object.defineProperty(Object.prototype, OPTION, {
    configurable: true,
    enumerable: false,
    get: () => true,
    // An explicit assignment still creates an ordinary own property.
    set(this: object, value: unknown) {
      Object.defineProperty(this, OPTION, { value, writable: true, configurable: true, enumerable: true });
    },
  });
  try {
    return compile();
  } finally {
    delete (Object.prototype as Record<string, unknown>)[OPTION];
  }
}

interface InlineMap {
  payload: SourceMapPayload;
  start: number;
  end: number;
}

/**
 * Inline maps in emitted text. TypeScript may glue the next text straight onto
 * the base64 (tslab appends declarations to a .d.ts that ends with one), so the
 * map is the longest whole-base64 prefix that decodes to JSON.
 */
function inlineMaps(text: string): InlineMap[] {
  const found: InlineMap[] = [];
  for (const m of text.matchAll(INLINE_MAP)) {
    const base64 = m[1];
    for (let n = base64.length - (base64.length % 4); n > 0; n -= 4) {
      try {
        const payload = JSON.parse(Buffer.from(base64.slice(0, n), 'base64').toString()) as SourceMapPayload;
        const start = m.index ?? 0;
        found.push({ payload, start, end: start + m[0].length - base64.length + n });
        break;
      } catch {
        // not this length
      }
    }
  }
  return found;
}

/** The map of the emitted code (the last inline map), or undefined if it has none. */
export function readCellMaps(output: string): CellMaps | undefined {
  const found = inlineMaps(output);
  return found.length === 0 ? undefined : new SourceMap(found[found.length - 1].payload);
}

/** Zero-based line in the cell's source for a zero-based line/column of its CommonJS code. */
export function cellLine(maps: CellMaps, line: number, column: number): number | undefined {
  const entry = maps.findEntry(line, column) as { originalLine?: number };
  return entry.originalLine === undefined ? undefined : Math.max(0, entry.originalLine - 1);
}
