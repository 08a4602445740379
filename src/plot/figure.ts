// A plotly figure as plain JSON ({ data, layout, config }) that displays itself in a
// notebook: the plotly MIME type for JupyterLab/VS Code, HTML for classic Notebook and
// nbconvert, and a one-line text summary for consoles.
import { JUPYTER_DISPLAY, displaySink, type MimeBundle } from '../display';
import { figureHtml } from './html';
import type { PlotlyFigureJSON, PlotlyLayout, PlotlyTrace } from './figure-json';
import { takeLibraryForSession } from './plotly-library';

export const PLOTLY_MIME = 'application/vnd.plotly.v1+json';

export type { PlotlyTrace, PlotlyLayout, PlotlyFigureJSON };

export class Figure implements PlotlyFigureJSON {
  data: PlotlyTrace[];
  layout: PlotlyLayout;
  config: Record<string, unknown>;

  constructor(data: PlotlyTrace[], layout: PlotlyLayout = {}, config: Record<string, unknown> = {}) {
    if (!Array.isArray(data)) throw new TypeError('Figure data must be an array of plotly traces.');
    data.forEach((t, i) => {
      if (typeof t?.type !== 'string') throw new TypeError(`trace ${i} has no string \`type\` (e.g. 'scatter', 'bar', 'heatmap').`);
    });
    this.data = data;
    this.layout = layout;
    this.config = { responsive: true, displaylogo: false, ...config };
  }

  get title(): string {
    const t = this.layout.title;
    if (typeof t === 'string') return t;
    if (t && typeof t === 'object' && typeof (t as { text?: unknown }).text === 'string') return (t as { text: string }).text;
    return 'untitled';
  }

  toJSON(): PlotlyFigureJSON {
    return { data: this.data, layout: this.layout, config: this.config };
  }

  toString(): string {
    const kinds = new Map<string, number>();
    this.data.forEach((t) => kinds.set(t.type, (kinds.get(t.type) ?? 0) + 1));
    const traces = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ') || 'no traces';
    return `Figure "${this.title}" (${traces})`;
  }

  /**
   * The MIME bundle. plotly.js rides along in the HTML only the first time per kernel
   * session (or always outside a kernel, where nothing has loaded it).
   */
  [JUPYTER_DISPLAY](): MimeBundle {
    const includeLibrary = takeLibraryForSession(displaySink()?.sessionId);
    return {
      [PLOTLY_MIME]: this.toJSON(),
      'text/html': figureHtml(this.toJSON(), { includeLibrary }),
      'text/plain': this.toString(),
    };
  }
}
