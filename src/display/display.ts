// display() for library code and scripts: rich output in a notebook, text elsewhere.
import { inspect } from 'util';
import { isDisplayable, JUPYTER_DISPLAY, type MimeBundle } from './mime';
import { displaySink, type DisplayOptions } from './sink';

let nextId = 0;

/** Turns any value into a MIME bundle: its own bundle if it has one, else text/plain. */
export function toMimeBundle(value: unknown): MimeBundle {
  if (isDisplayable(value)) return value[JUPYTER_DISPLAY]();
  const text = typeof value === 'string' ? value : inspect(value, { colors: false, depth: 4 });
  return { 'text/plain': text };
}

export interface DisplayHandle {
  readonly displayId: string;
  /** Replaces the displayed output in place. */
  update(value: unknown): void;
}

/**
 * Shows a value. In a notebook it becomes display_data; in a script its text/plain
 * form is printed. Returns a handle whose update() replaces the output in place.
 */
export function display(value: unknown, options: DisplayOptions = {}): DisplayHandle {
  const displayId = options.displayId ?? `transferlab-${process.pid}-${++nextId}`;
  const show = (v: unknown, update: boolean) => {
    const bundle = toMimeBundle(v);
    const sink = displaySink();
    if (sink) sink.display(bundle, { ...options, displayId, update });
    else if (!update) console.log(String(bundle['text/plain'] ?? ''));
  };
  show(value, options.update ?? false);
  return { displayId, update: (v) => show(v, true) };
}

/** Clears the current cell's output (wait: clear when the next output arrives). */
export function clearOutput(options: { wait?: boolean } = {}): void {
  displaySink()?.clearOutput(options.wait ?? false);
}
