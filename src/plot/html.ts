// The HTML form of a figure: a div plus a script that draws it with window.Plotly,
// waiting for plotly.js if the script carrying it has not run yet.
import { randomBytes } from 'crypto';
import { libraryScript } from './plotly-library';
import type { PlotlyFigureJSON } from './figure-json';

/** JSON that is safe inside an inline <script>. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function figureHtml(figure: PlotlyFigureJSON, options: { includeLibrary: boolean }): string {
  const id = `transferlab-plot-${randomBytes(6).toString('hex')}`;
  const height = typeof figure.layout.height === 'number' ? figure.layout.height : 450;
  const div =
    `<div id="${id}" class="transferlab-plot" style="width:100%;height:${height}px;">` +
    'Loading plotly.js… If this text stays, run <code>tl.plot.resendLibrary()</code> and show the figure again.' +
    '</div>\n';
  const draw =
    '<script type="text/javascript">\n(function () {\n' +
    `  var fig = ${scriptSafeJson(figure)};\n` +
    `  function draw() { var el = document.getElementById(${JSON.stringify(id)}); if (!el) return;\n` +
    "    el.textContent = ''; window.Plotly.newPlot(el, fig.data, fig.layout, fig.config); }\n" +
    '  if (window.Plotly) draw();\n' +
    '  else (window.__transferlabPlotlyWaiting = window.__transferlabPlotlyWaiting || []).push(draw);\n' +
    '})();\n</script>\n';
  return div + (options.includeLibrary ? libraryScript() : '') + draw;
}
