// plotly.js from the plotly.js-dist-min package, inlined so figures work offline, and
// the bookkeeping that sends it once per kernel session.
import * as fs from 'fs';

let source: string | undefined;
const servedSessions = new Set<string>();

function plotlySource(): string {
  if (source === undefined) {
    const file = require.resolve('plotly.js-dist-min/plotly.min.js');
    // A literal </script> would end the inline <script> element early.
    source = fs.readFileSync(file, 'utf8').replace(/<\/script/gi, '<\\/script');
  }
  return source;
}

/**
 * A <script> that defines window.Plotly and then draws the figures waiting for it.
 * The bundle runs with define/module/exports shadowed so that require.js (classic
 * Notebook) or a CommonJS shim cannot capture it instead of window.Plotly.
 */
export function libraryScript(): string {
  return (
    // The marker attribute lets scripts/run_notebooks.py strip the library from committed notebooks.
    '<script type="text/javascript" data-transferlab-plotly-lib>\n' +
    '(function (define, module, exports) {\n' +
    plotlySource() +
    '\n}).call(window);\n' +
    '(function () { var q = window.__transferlabPlotlyWaiting || []; window.__transferlabPlotlyWaiting = [];\n' +
    '  q.forEach(function (draw) { draw(); }); })();\n' +
    '</script>\n'
  );
}

/**
 * True when HTML for this session must carry plotly.js: the first time per session,
 * and always when there is no session (a page of its own).
 */
export function takeLibraryForSession(sessionId: string | undefined): boolean {
  if (sessionId === undefined) return true;
  if (servedSessions.has(sessionId)) return false;
  servedSessions.add(sessionId);
  return true;
}

/**
 * Makes the next figure of this session carry plotly.js again, e.g. after the output
 * that carried it was cleared and the page reloaded.
 */
export function resendLibrary(sessionId: string | undefined): void {
  if (sessionId !== undefined) servedSessions.delete(sessionId);
}
