// A summary shown in its document: the chosen sentences highlighted in place (HTML), for notebooks.
import { JUPYTER_DISPLAY, type Displayable, type MimeBundle } from '../display';
import { escapeHtml } from '../display/escape-html';
import type { SummaryPrediction } from '../models/types';

export interface HighlightOptions {
  /** Shown above the document. */
  title?: string;
  /** Characters of document shown around the highlights before eliding; default: the whole text. */
  context?: number;
}

function checkSpans(text: string, prediction: SummaryPrediction): { start: number; end: number }[] {
  const spans = [...(prediction.sentences ?? [])].sort((a, b) => a.start - b.start);
  spans.forEach((s, i) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)) {
      throw new RangeError(`highlightSummary: sentence ${i} spans ${s.start}-${s.end}, outside the text (length ${text.length}); pass the text the summary was made from`);
    }
    if (i > 0 && s.start < spans[i - 1].end) throw new RangeError(`highlightSummary: sentences ${i - 1} and ${i} overlap`);
  });
  return spans;
}

/** The document with the summary's sentences marked; needs the offsets an extractive summarizer gives. */
export function highlightSummary(text: string, prediction: SummaryPrediction, options: HighlightOptions = {}): Displayable & { html: string } {
  if (!prediction.sentences) throw new TypeError('highlightSummary: the prediction has no sentence offsets (only extractive summaries have them)');
  const spans = checkSpans(text, prediction);
  const context = options.context;
  const plain = (from: number, to: number, first: boolean, last: boolean) => {
    let piece = text.slice(from, to);
    if (context !== undefined && piece.length > 2 * context) {
      piece = first ? `… ${piece.slice(-context)}` : last ? `${piece.slice(0, context)} …` : `${piece.slice(0, context)} … ${piece.slice(-context)}`;
    }
    return escapeHtml(piece);
  };
  let html = '';
  let at = 0;
  spans.forEach((s, i) => {
    html += plain(at, s.start, i === 0, false);
    html += `<mark style="background:#ffe58f" title="summary sentence ${i + 1}">${escapeHtml(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  });
  html += plain(at, text.length, spans.length === 0, true);
  const title = options.title ? `<div style="font-weight:bold;margin-bottom:4px">${escapeHtml(options.title)}</div>` : '';
  const body = `<div class="transferlab-summary">${title}<div style="white-space:pre-wrap;line-height:1.5;max-height:24em;overflow:auto">${html}</div></div>`;
  const plainText = spans.map((s, i) => `[${i + 1}] ${text.slice(s.start, s.end)}`).join('\n');
  return {
    html: body,
    [JUPYTER_DISPLAY]: (): MimeBundle => ({ 'text/plain': plainText, 'text/html': body }),
  };
}
