// display() for library code and scripts: rich output in a notebook, text elsewhere.
import { inspect } from 'util';
import { isDisplayable, JUPYTER_DISPLAY, type MimeBundle } from './mime';
import { displaySink, type DisplayOptions } from './sink';
import { htmlBundle, jsonBundle, markdownBundle, pngBundle, svgBundle } from './bundles';

let nextId = 0;

/** Turns any value into a MIME bundle: its own bundle if it has one, else text/plain. */
export function toMimeBundle(value: unknown): MimeBundle {
  if (isDisplayable(value)) return value[JUPYTER_DISPLAY]();
  const text = typeof value === 'string' ? value : inspect(value, { colors: false, depth: 4 });
  return { 'text/plain': text };
}

export interface DisplayHandle {
  readonly displayId: string;
  /** Replaces the displayed output in place (in the same format as the original display). */
  update(value: unknown): void;
}

export interface DisplayFunction {
  /**
   * Shows a value. In a notebook it becomes display_data; in a script its text/plain
   * form is printed. Returns a handle whose update() replaces the output in place.
   */
  (value: unknown, options?: DisplayOptions): DisplayHandle;
  html(html: string, options?: DisplayOptions): DisplayHandle;
  markdown(markdown: string, options?: DisplayOptions): DisplayHandle;
  svg(svg: string, options?: DisplayOptions): DisplayHandle;
  /** PNG file contents, or their base64 text. */
  png(png: Uint8Array | string, options?: DisplayOptions): DisplayHandle;
  json(value: unknown, options?: DisplayOptions): DisplayHandle;
}

function show(value: unknown, toBundle: (value: never) => MimeBundle, options: DisplayOptions): DisplayHandle {
  const displayId = options.displayId ?? `transferlab-${process.pid}-${++nextId}`;
  const emit = (v: unknown, update: boolean) => {
    const bundle = toBundle(v as never);
    const sink = displaySink();
    if (sink) sink.display(bundle, { ...options, displayId, update });
    else if (!update) console.log(String(bundle['text/plain'] ?? ''));
  };
  emit(value, options.update ?? false);
  return {
    displayId,
    update: (v) => emit(v, true),
    // A handle is what display() returns, so as a cell's last value it must not be shown again.
    [JUPYTER_DISPLAY]: () => ({}),
  } as DisplayHandle;
}

export const display: DisplayFunction = Object.assign(
  (value: unknown, options: DisplayOptions = {}) => show(value, toMimeBundle, options),
  {
    html: (html: string, options: DisplayOptions = {}) => show(html, htmlBundle, options),
    markdown: (markdown: string, options: DisplayOptions = {}) => show(markdown, markdownBundle, options),
    svg: (svg: string, options: DisplayOptions = {}) => show(svg, svgBundle, options),
    png: (png: Uint8Array | string, options: DisplayOptions = {}) => show(png, pngBundle, options),
    json: (value: unknown, options: DisplayOptions = {}) => show(value, jsonBundle, options),
  },
);

/** Clears the current cell's output (wait: clear when the next output arrives). */
export function clearOutput(options: { wait?: boolean } = {}): void {
  displaySink()?.clearOutput(options.wait ?? false);
}
