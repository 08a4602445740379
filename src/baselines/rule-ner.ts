// The NER baseline: regular expressions for MONEY and DATE, then runs of capitalised words typed
// by small gazetteers and context cues (an organisation suffix, a quoted title, "the film ...");
// a capitalised run that nothing else explains is a person. It was also the pre-annotator of the
// gold set, which a person then corrected, so its score there is an upper bound on a fresh tagger's.
import { type GoldEntity, type GoldToken, goldTokens } from '../data/gold-tokens';
import { LOCATIONS, MISC, MONTHS, NOT_NAMES, ORGANIZATIONS, ORG_SUFFIXES, WEEKDAYS } from './gazetteer';

const alt = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const MONTH = `(?:${alt(MONTHS)})\\.?`;
const MONEY = new RegExp(
  String.raw`[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|thousand|mil|[KkMm]\b))?(?:\s?(?:USD|dollars))?` +
    String.raw`|\b\d[\d,]*(?:\.\d+)?\s?(?:million\s|billion\s)?(?:dollars|bucks|USD|US\$|euros|pounds)\b`,
  'g',
);
const DATE = new RegExp(
  [
    String.raw`\b(?:${alt(WEEKDAYS)}),?\s+\d{1,2}\s+${MONTH}\s+\d{4}`,
    String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:,?\s+\d{4})?`,
    String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b`,
    String.raw`\b${MONTH},?\s+\d{4}`,
    String.raw`\b(?:${alt(MONTHS.filter((m) => m.length > 3 && m !== 'March' && m !== 'May'))})\b`,
    String.raw`\b(?:the\s+)?(?:19|20)\d0'?s\b`,
    String.raw`\b(?:the\s+)?'?[2-9]0'?s\b`,
    String.raw`\b(?:1[89]|20)\d\d\b`,
    String.raw`\b(?:${alt(WEEKDAYS.filter((d) => d.length > 3))})\b`,
    String.raw`\b\d{1,2}/\d{1,2}/\d{2,4}\b`,
  ].join('|'),
  'gi',
);

const setOf = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const LOC = setOf(LOCATIONS);
const ORG = setOf(ORGANIZATIONS);
const MISC_SET = setOf(MISC);
const SUFFIX = new Set(ORG_SUFFIXES);
const STOP = new Set(NOT_NAMES);
const CONNECTORS = new Set(['of', 'the', 'de', 'von', 'van', 'da', 'la', 'le', 'del', 'du', 'der', '&']);
const WORK_CUES = new Set(['film', 'movie', 'show', 'series', 'book', 'novel', 'song', 'album', 'episode', 'sequel', 'remake', 'play', 'game', 'version']);
const CAPITAL = /^\p{Lu}[\p{Ll}\p{M}\p{N}]*(?:\p{Lu}[\p{Ll}\p{M}]*)*$|^\p{Lu}{2,4}\d?$/u;

function regexSpans(text: string, re: RegExp, type: string): GoldEntity[] {
  return [...text.matchAll(re)].map((m) => ({ type, start: m.index!, end: m.index! + m[0].length }));
}

function typeOf(name: string, tokens: readonly GoldToken[], first: number, last: number, text: string): string {
  const key = name.toLowerCase();
  if (LOC.has(key)) return 'LOC';
  if (ORG.has(key)) return 'ORG';
  if (MISC_SET.has(key)) return 'MISC';
  if (SUFFIX.has(tokens[last].text)) return 'ORG';
  const before = text.slice(Math.max(0, tokens[first].start - 1), tokens[first].start);
  const after = text.slice(tokens[last].end, tokens[last].end + 1);
  if (/["“]/.test(before) && /["”]/.test(after)) return 'MISC';
  const cue = tokens.slice(Math.max(0, first - 2), first).map((t) => t.text.toLowerCase());
  if (cue.some((w) => WORK_CUES.has(w))) return 'MISC';
  const words = name.split(/\s+/).map((w) => w.toLowerCase());
  if (words.some((w) => LOC.has(w)) && words.length <= 2) return 'LOC';
  if (words.some((w) => ORG.has(w))) return 'ORG';
  return 'PER';
}

/** Capitalised runs (with inner connectors, initials and hyphens) outside the spans already taken. */
function nameSpans(text: string, tokens: readonly GoldToken[], taken: (t: GoldToken) => boolean): GoldEntity[] {
  const out: GoldEntity[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (taken(tokens[i]) || !CAPITAL.test(tokens[i].text)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const next = tokens[j + 1];
      if (!next || taken(next)) break;
      const adjacent = next.start === tokens[j].end;
      if (CAPITAL.test(next.text) && !adjacent && text.slice(tokens[j].end, next.start) === ' ') j++;
      else if (next.text === '.' && adjacent && /^\p{Lu}$|^(?:Mr|Mrs|Ms|Dr|St|Jr)$/u.test(tokens[j].text) && tokens[j + 2] && CAPITAL.test(tokens[j + 2].text)) j++;
      else if (next.text === '-' && adjacent && tokens[j + 2] && CAPITAL.test(tokens[j + 2].text) && tokens[j + 2].start === next.end) j += 2;
      else if (CONNECTORS.has(next.text) && tokens[j + 2] && CAPITAL.test(tokens[j + 2].text) && !taken(tokens[j + 2])) j += 2;
      else break;
    }
    // Leading function words ("The", "In", "Mr") are not part of the name unless the whole run is listed.
    let s = i;
    const whole = text.slice(tokens[i].start, tokens[j].end).toLowerCase();
    if (!LOC.has(whole) && !ORG.has(whole) && !MISC_SET.has(whole)) {
      while (s <= j && (STOP.has(tokens[s].text) || tokens[s].text === '.' || CONNECTORS.has(tokens[s].text.toLowerCase()))) s++;
    }
    let e = j;
    while (e >= s && (CONNECTORS.has(tokens[e].text.toLowerCase()) || tokens[e].text === '.' || tokens[e].text === '-')) e--;
    if (s <= e) {
      const name = text.slice(tokens[s].start, tokens[e].end);
      const listed = LOC.has(name.toLowerCase()) || ORG.has(name.toLowerCase()) || MISC_SET.has(name.toLowerCase());
      const sentenceStart = s === 0 || /^[.!?:"“(\n]$/.test(tokens[s - 1].text) || /\n/.test(text.slice(tokens[s - 1].end, tokens[s].start));
      const shouting = /^\p{Lu}{5,}$/u.test(name) || (e > s && !/\p{Ll}/u.test(name));
      if ((listed || !(sentenceStart && s === e)) && !shouting && !STOP.has(name)) {
        out.push({ type: typeOf(name, tokens, s, e, text), start: tokens[s].start, end: tokens[e].end });
      }
    }
    i = j + 1;
  }
  return out;
}

/** Entities of one text by rules: MONEY, then DATE, then capitalised names; no overlaps, sorted by start. */
export function ruleEntities(text: string): GoldEntity[] {
  const tokens = goldTokens(text);
  const chosen: GoldEntity[] = [];
  const overlaps = (a: { start: number; end: number }) => chosen.some((b) => a.start < b.end && b.start < a.end);
  for (const e of [...regexSpans(text, MONEY, 'MONEY'), ...regexSpans(text, DATE, 'DATE')]) {
    // Snap to token boundaries so tags can be written for every span.
    const first = tokens.find((t) => t.end > e.start);
    const last = [...tokens].reverse().find((t) => t.start < e.end);
    if (!first || !last) continue;
    const span = { type: e.type, start: first.start, end: last.end };
    if (!overlaps(span)) chosen.push(span);
  }
  for (const e of nameSpans(text, tokens, (t) => overlaps(t))) chosen.push(e);
  return chosen.sort((a, b) => a.start - b.start);
}
