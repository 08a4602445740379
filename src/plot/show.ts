// plot.show(): display a figure and get a handle that replaces it in place, which is
// how the training loop's live chart redraws without piling up outputs.
import { display, displaySink, mimeBundle } from '../display';
import { libraryScript, takeLibraryForSession } from './plotly-library';
import type { Figure } from './figure';

export interface FigureHandle {
  readonly displayId: string;
  /** Replaces the displayed figure with this one. */
  update(figure: Figure): void;
}

export function show(figure: Figure): FigureHandle {
  const sink = displaySink();
  // Send plotly.js in an output of its own, so that updates replacing the figure's
  // output never remove the library a saved notebook needs when reopened.
  if (sink && takeLibraryForSession(sink.sessionId)) {
    display(mimeBundle({ 'text/html': libraryScript(), 'text/plain': '' }));
  }
  const handle = display(figure);
  return { displayId: handle.displayId, update: (next: Figure) => handle.update(next) };
}
