// Entities highlighted inline, one colour per type with a legend, as displaCy's "ent" style
// shows them; plain text marks them [text](TYPE) where HTML is not rendered.
import { JUPYTER_DISPLAY, type MimeBundle } from '../display/mime';
import { escapeHtml } from '../display/escape-html';
import type { EntityPrediction, Prediction } from '../models/types';
import { entityColor } from './entity-colors';

export interface HighlightSpan {
  type: string;
  start: number;
  end: number;
  score?: number;
}

function checkSpans(text: string, spans: readonly HighlightSpan[], where: string): HighlightSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  sorted.forEach((s) => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start >= s.end) {
      throw new RangeError(`${where}: entity ${JSON.stringify(s)} is not a span of a text of length ${text.length}; give UTF-16 start < end within the text.`);
    }
  });
  // Overlaps cannot be drawn inline: the earlier entity wins.
  return sorted.filter((s, i) => sorted.slice(0, i).every((p) => p.end <= s.start || s.end <= p.start));
}

function markHtml(text: string, span: HighlightSpan): string {
  const color = entityColor(span.type);
  const title = span.score === undefined ? span.type : `${span.type} ${span.score.toFixed(3)}`;
  return (
    `<mark title="${escapeHtml(title)}" style="background:${color};padding:0.1em 0.3em;margin:0 0.1em;border-radius:0.3em;line-height:2">` +
    `${escapeHtml(text)}<span style="font-size:0.7em;font-weight:bold;margin-left:0.4em;text-transform:uppercase">${escapeHtml(span.type)}</span></mark>`
  );
}

/** HTML of one text with its entities marked. */
export function highlightHtml(text: string, spans: readonly HighlightSpan[], where = 'highlightEntities'): string {
  let html = '';
  let at = 0;
  for (const s of checkSpans(text, spans, where)) {
    html += escapeHtml(text.slice(at, s.start)) + markHtml(text.slice(s.start, s.end), s);
    at = s.end;
  }
  return `${html}${escapeHtml(text.slice(at))}`;
}

/** Plain text of one text with its entities marked [like this](TYPE). */
export function highlightText(text: string, spans: readonly HighlightSpan[], where = 'highlightEntities'): string {
  let out = '';
  let at = 0;
  for (const s of checkSpans(text, spans, where)) {
    out += `${text.slice(at, s.start)}[${text.slice(s.start, s.end)}](${s.type})`;
    at = s.end;
  }
  return out + text.slice(at);
}

/** The legend: a swatch per type, in the order given. */
export function legendHtml(types: readonly string[]): string {
  return types.map((t) => markHtml(t, { type: t, start: 0, end: t.length }).replace(/<span[^>]*>.*<\/span>/, '')).join(' ');
}

export class EntityHighlight {
  constructor(
    readonly texts: readonly string[],
    readonly entities: ReadonlyArray<readonly HighlightSpan[]>,
  ) {}

  get types(): string[] {
    return [...new Set(this.entities.flatMap((es) => es.map((e) => e.type)))].sort();
  }

  toString(): string {
    const body = this.texts.map((t, i) => highlightText(t, this.entities[i])).join('\n\n');
    return this.types.length ? `${body}\n\nTypes: ${this.types.join(', ')}` : body;
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    const body = this.texts.map((t, i) => `<div style="margin:0.5em 0;line-height:2.2">${highlightHtml(t, this.entities[i])}</div>`).join('');
    const legend = this.types.length ? `<div style="margin-bottom:0.4em">${legendHtml(this.types)}</div>` : '<p>No entities.</p>';
    return { 'text/html': `<div class="transferlab-entities">${legend}${body}</div>`, 'text/plain': this.toString() };
  }
}

/**
 * A display of texts with their entities highlighted: `highlightEntities(texts, await model.predict(texts))`,
 * or one text with its entities.
 */
export function highlightEntities(
  texts: string | readonly string[],
  // Prediction: what TextModel.predict is typed to return; a token classifier's carry entities (checked below).
  predictions: EntityPrediction | readonly HighlightSpan[] | ReadonlyArray<EntityPrediction | Prediction | readonly HighlightSpan[]>,
): EntityHighlight {
  const many = Array.isArray(texts);
  const list = (many ? texts : [texts]) as string[];
  const preds = (many ? predictions : [predictions]) as Array<EntityPrediction | readonly HighlightSpan[]>;
  if (!Array.isArray(preds) || preds.length !== list.length) {
    throw new RangeError(`highlightEntities: ${list.length} texts but ${Array.isArray(preds) ? preds.length : typeof preds} predictions; give one per text.`);
  }
  const spans = preds.map((p, i) => {
    if (typeof list[i] !== 'string') throw new TypeError(`highlightEntities: texts[${i}] is ${typeof list[i]}, expected a string.`);
    const es = Array.isArray(p) ? p : (p as EntityPrediction | undefined)?.entities;
    if (!Array.isArray(es)) throw new TypeError(`highlightEntities: predictions[${i}] has no entities; pass model.predict(texts) output or arrays of { type, start, end }.`);
    checkSpans(list[i], es, `highlightEntities: text ${i}`);
    return es;
  });
  return new EntityHighlight(list, spans);
}
