// Where display output goes. Inside the transferlab kernel, the kernel registers
// a sink on globalThis under a well-known symbol; in a plain Node script there is
// none and output falls back to text on the console.
import type { MimeBundle } from './mime';

export interface DisplayOptions {
  /** Identifies an output so that later calls can replace it in place. */
  displayId?: string;
  /** Replace the output with this displayId instead of adding a new one. */
  update?: boolean;
  metadata?: Record<string, unknown>;
}

export interface DisplaySink {
  /** A new id per kernel session: lets code send a large asset (plotly.js) once per session. */
  readonly sessionId: string;
  display(bundle: MimeBundle, options?: DisplayOptions): void;
  clearOutput(wait?: boolean): void;
  /**
   * Aborted when the user interrupts the kernel. The kernel stops awaits written in
   * cells itself; loops inside the library (training) should check it every step.
   */
  readonly interruptSignal?: AbortSignal;
}

const SINK_KEY = Symbol.for('transferlab.displaySink');

export function setDisplaySink(sink: DisplaySink | undefined): void {
  (globalThis as Record<symbol, unknown>)[SINK_KEY] = sink;
}

/** The kernel's sink, or undefined outside a notebook. */
export function displaySink(): DisplaySink | undefined {
  return (globalThis as Record<symbol, unknown>)[SINK_KEY] as DisplaySink | undefined;
}

/** The kernel's interrupt signal for the running cell (see DisplaySink), or undefined outside a notebook. */
export function kernelInterruptSignal(): AbortSignal | undefined {
  return displaySink()?.interruptSignal;
}

/** True when running inside a notebook kernel that can render rich output. */
export function inNotebook(): boolean {
  return displaySink() !== undefined;
}
