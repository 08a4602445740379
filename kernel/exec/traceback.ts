// Errors as Jupyter wants them (ename, evalue, traceback), pointing at the lines
// the user wrote: frames in cells are mapped back through source maps and shown
// with their source line; frames inside the kernel or Node internals are dropped.
import { inspect } from 'util';
import type { Diagnostic } from 'tslab/dist/converter';
import { cellLine, type CellMaps } from './source-maps';
import { InterruptError } from './interrupt';

export interface ErrorContent {
  ename: string;
  evalue: string;
  traceback: string[];
}

export interface CellRecord {
  /** Name shown in tracebacks, e.g. `In[3]`; also the vm filename of the cell's code. */
  name: string;
  source: string;
  /** What was compiled, where it differs from `source` (same lines). */
  compiledSource?: string;
  /** The earlier cells' declarations it was compiled against. */
  declarations: string;
  maps?: CellMaps;
  /** Line of the executed code that holds the kernel's wrapper call, not user code. */
  wrapperLine?: number;
}

const FRAME = /^\s*at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/;
const KERNEL_DIR = /[\\/]dist[\\/]kernel[\\/]/;

function sourceLine(source: string, line: number): string {
  return `    ${line + 1} | ${source.split('\n')[line] ?? ''}`;
}

/** A compile-time failure (syntax or type error) as reported by tslab's converter. */
export function compileError(diagnostics: Diagnostic[], cell: CellRecord): ErrorContent {
  const syntaxOnly = diagnostics.every((d) => d.code < 2000);
  const lines: string[] = [];
  for (const d of diagnostics) {
    const where = d.fileName
      ? `${d.fileName}, line ${d.start.line + 1}, column ${d.start.character + 1}`
      : `Cell ${cell.name}, line ${d.start.line + 1}, column ${d.start.character + 1}`;
    lines.push(`${where}: ${d.messageText} (TS${d.code})`);
    if (!d.fileName) {
      lines.push(sourceLine(cell.source, d.start.line));
      lines.push(' '.repeat(7 + String(d.start.line + 1).length + d.start.character) + '^');
    }
  }
  const ename = syntaxOnly ? 'SyntaxError' : 'TSError';
  const evalue = `${diagnostics[0].messageText} (TS${diagnostics[0].code})`;
  return { ename, evalue, traceback: [`${ename}: ${evalue}`, ...lines] };
}

function isInterrupt(err: unknown): boolean {
  return err instanceof InterruptError || (err as { code?: unknown })?.code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED';
}

/** A thrown value or rejected promise, with its stack mapped to cell lines. */
export function runtimeError(err: unknown, cellOf: (file: string) => CellRecord | undefined): ErrorContent {
  if (isInterrupt(err)) {
    return { ename: 'InterruptError', evalue: 'the kernel was interrupted', traceback: ['InterruptError: the kernel was interrupted'] };
  }
  if (!(err instanceof Error)) {
    const evalue = inspect(err, { colors: false, depth: 4 });
    return { ename: 'Uncaught', evalue, traceback: [`Uncaught ${evalue}`] };
  }
  const ename = err.name || err.constructor?.name || 'Error';
  const evalue = err.message;
  const frames: string[] = [];
  for (const line of (err.stack ?? '').split('\n')) {
    const m = FRAME.exec(line);
    if (!m) continue;
    const [, fn, file, l, c] = m;
    const cell = cellOf(file);
    if (cell) {
      if (Number(l) === cell.wrapperLine) continue;
      const at = cell.maps ? cellLine(cell.maps, Number(l) - 1, Number(c) - 1) : undefined;
      const name = fn && !fn.startsWith('Object.<anonymous>') ? ` in ${fn}` : '';
      if (at === undefined) frames.push(`Cell ${cell.name}${name}`);
      else frames.push(`Cell ${cell.name}, line ${at + 1}${name}`, sourceLine(cell.source, at));
    } else if (!KERNEL_DIR.test(file) && !file.startsWith('node:') && !file.startsWith('evalmachine')) {
      frames.push(line.trim());
    }
  }
  return { ename, evalue, traceback: [`${ename}: ${evalue}`, ...frames] };
}
