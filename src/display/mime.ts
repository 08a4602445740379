// The display protocol shared by the kernel and the library: any object with a
// [Symbol.for('Jupyter.display')]() method returning a MIME bundle renders that
// bundle (the convention Deno's kernel uses). src/ never imports kernel/: the
// kernel installs a sink (below) and the library only talks to the sink.

export type MimeBundle = Record<string, unknown>;

export const JUPYTER_DISPLAY: unique symbol = Symbol.for('Jupyter.display');

export interface Displayable {
  [JUPYTER_DISPLAY](): MimeBundle;
}

export function isDisplayable(value: unknown): value is Displayable {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as Record<symbol, unknown>)[JUPYTER_DISPLAY] === 'function'
  );
}

/** Wraps a MIME bundle so that it displays as itself. */
export function mimeBundle(bundle: MimeBundle): Displayable {
  return { [JUPYTER_DISPLAY]: () => bundle };
}
