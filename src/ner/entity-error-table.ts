// A table of a tagger's errors: missed, spurious, wrong-type and boundary entities, each with its
// sentence and the spans (gold and predicted highlighted in the sentence).
import { JUPYTER_DISPLAY, type MimeBundle } from '../display/mime';
import { escapeHtml } from '../display/escape-html';
import { tableText } from '../display/table';
import type { EntityError } from './entity-errors';
import { highlightHtml } from './entity-highlight';
import type { TextSpan } from './word-tags';

const SHOWN_CONTEXT = 60;

const spanText = (s?: TextSpan) => (s ? `${s.text} (${s.type}, ${s.start}-${s.end})` : '');

/** The sentence around the error's spans, cut to some context either side. */
function window(e: EntityError): { from: number; to: number } {
  const spans = [e.gold, e.predicted].filter((s): s is TextSpan => s !== undefined);
  const from = Math.max(0, Math.min(...spans.map((s) => s.start)) - SHOWN_CONTEXT);
  const to = Math.min(e.sentence.length, Math.max(...spans.map((s) => s.end)) + SHOWN_CONTEXT);
  return { from, to };
}

export class EntityErrorTable {
  constructor(
    readonly errors: readonly EntityError[],
    /** Errors of every kind in the data, when this table shows some of them. */
    readonly total = errors.length,
  ) {}

  private caption(): string {
    const counts = (['missed', 'spurious', 'wrong-type', 'boundary'] as const).map((k) => `${this.errors.filter((e) => e.kind === k).length} ${k}`);
    return `Entity errors: ${this.errors.length}${this.total > this.errors.length ? ` of ${this.total}` : ''} (${counts.join(', ')})`;
  }

  toString(): string {
    if (this.errors.length === 0) return 'No entity errors.';
    return tableText({
      caption: this.caption(),
      columns: [{ title: '#', align: 'right' }, { title: 'kind' }, { title: 'gold' }, { title: 'predicted' }, { title: 'sentence' }],
      rows: this.errors.map((e) => {
        const { from, to } = window(e);
        const sentence = `${from > 0 ? '…' : ''}${e.sentence.slice(from, to).replace(/\s+/g, ' ')}${to < e.sentence.length ? '…' : ''}`;
        return [String(e.index), e.kind, spanText(e.gold), spanText(e.predicted), sentence];
      }),
    });
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    if (this.errors.length === 0) return { 'text/html': '<p>No entity errors.</p>', 'text/plain': this.toString() };
    const rows = this.errors
      .map((e) => {
        const { from, to } = window(e);
        const shift = (s: TextSpan) => ({ type: s.type, start: s.start - from, end: s.end - from });
        // The gold span in the sentence; a spurious entity has none, so its predicted span is shown.
        const shown = e.gold ?? e.predicted!;
        const sentence = `${from > 0 ? '…' : ''}${highlightHtml(e.sentence.slice(from, to), [shift(shown)], 'entity errors')}${to < e.sentence.length ? '…' : ''}`;
        return (
          `<tr><td>${e.index}</td><td>${e.kind}</td><td style="text-align:left">${escapeHtml(spanText(e.gold))}</td>` +
          `<td style="text-align:left">${escapeHtml(spanText(e.predicted))}</td><td style="text-align:left;line-height:2">${sentence}</td></tr>`
        );
      })
      .join('');
    const html =
      `<table class="transferlab-entity-errors"><caption style="text-align:left">${escapeHtml(this.caption())}</caption>` +
      '<thead><tr><th>#</th><th>kind</th><th>gold</th><th>predicted</th><th>sentence (gold span marked)</th></tr></thead>' +
      `<tbody>${rows}</tbody></table>`;
    return { 'text/html': html, 'text/plain': this.toString() };
  }
}
