// What every cell can use without an import, as in IPython: display(),
// display.html|markdown|svg|png|json(), clear_output() and clearOutput().
// The declarations are fed to the type checker as if an earlier cell had
// declared them; tslab's converter then carries them into every later cell.
import { clearOutput, display } from '../../src/display';

export const CELL_GLOBALS_DECLARATIONS = `
interface DisplayOptions { displayId?: string; update?: boolean; metadata?: Record<string, unknown> }
interface DisplayHandle { readonly displayId: string; update(value: unknown): void }
declare const display: {
  (value: unknown, options?: DisplayOptions): DisplayHandle;
  html(html: string, options?: DisplayOptions): DisplayHandle;
  markdown(markdown: string, options?: DisplayOptions): DisplayHandle;
  svg(svg: string, options?: DisplayOptions): DisplayHandle;
  png(png: Uint8Array | string, options?: DisplayOptions): DisplayHandle;
  json(value: unknown, options?: DisplayOptions): DisplayHandle;
};
declare function clear_output(options?: { wait?: boolean }): void;
declare function clearOutput(options?: { wait?: boolean }): void;
`;

export const CELL_GLOBALS: Record<string, unknown> = {
  display,
  clear_output: clearOutput,
  clearOutput,
};
