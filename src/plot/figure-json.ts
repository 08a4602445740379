// A plotly figure's JSON ({ data, layout, config }): what Figure holds and figureHtml draws.

/** One plotly trace: `type` plus the attributes of that trace type (see plotly's reference). */
export interface PlotlyTrace {
  type: string;
  [attribute: string]: unknown;
}

export type PlotlyLayout = Record<string, unknown>;

export interface PlotlyFigureJSON {
  data: PlotlyTrace[];
  layout: PlotlyLayout;
  config?: Record<string, unknown>;
}
