// Sentence splitting with offsets, for extractive summaries: each sentence is `text.slice(start, end)`
// with the surrounding whitespace left out. Rules, in the spirit of Punkt without its training:
// a sentence ends at . ! ? (runs of them, an ellipsis too) plus any closing quotes or brackets, when
// whitespace follows and the next word starts like a sentence (a capital, a digit, an opening quote
// or bracket, a dash that opens a list item). A period does not end one after a known abbreviation (Mr., Dr., U.S., e.g., Jan.) or a
// single capital initial (John F. Kennedy). A blank line always ends one (paragraphs, list items).

export interface SentenceSpan {
  text: string;
  /** UTF-16 offsets into the input: text === input.slice(start, end). */
  start: number;
  end: number;
}

// Lower-case, without the final period; multi-part ones (u.s, e.g) keep their inner periods.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'lt', 'col', 'capt', 'sgt', 'cmdr', 'adm',
  'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'nos', 'vol', 'pp', 'fig', 'approx', 'dept', 'est', 'ave', 'blvd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'u.s.a', 'd.c', 'a.m', 'p.m', 'ph.d', 'b.a', 'm.a', 'cf', 'al',
]);

const CLOSERS = '"\'”’)]}»';
const OPENERS = '"\'“‘([{«-–—';

/** The word (letters, digits, inner periods) that ends just before `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1])) i--;
  return text.slice(i, dot);
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot).replace(/^\.+/, '');
  if (word === '') return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A lone capital is an initial (F. in John F. Kennedy), not a sentence's last word.
  return /^\p{Lu}$/u.test(word);
}

function startsSentence(ch: string | undefined): boolean {
  return ch !== undefined && (/[\p{Lu}\p{N}]/u.test(ch) || OPENERS.includes(ch));
}

/** Sentence boundaries as end offsets (exclusive), before trimming. */
function boundaries(text: string): number[] {
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      let j = i + 1;
      while (j < text.length && /[ \t\r\f\v]/.test(text[j])) j++;
      if (text[j] === '\n') {
        ends.push(i);
        while (j < text.length && /\s/.test(text[j])) j++;
        i = j;
        continue;
      }
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i;
      while (j < text.length && '.!?…'.includes(text[j])) j++;
      while (j < text.length && CLOSERS.includes(text[j])) j++;
      const endsHere = j >= text.length || /\s/.test(text[j]);
      if (endsHere) {
        let k = j;
        while (k < text.length && /\s/.test(text[k])) k++;
        const single = j === i + 1 && ch === '.';
        if (k >= text.length || (startsSentence(text[k]) && !(single && isAbbreviation(text, i)))) ends.push(j);
      }
      i = j;
      continue;
    }
    i++;
  }
  ends.push(text.length);
  return ends;
}

/** The sentences of a text with their offsets; empty pieces (whitespace only) are dropped. */
export function splitSentences(text: string): SentenceSpan[] {
  if (typeof text !== 'string') throw new TypeError(`splitSentences(text): text must be a string, got ${typeof text}`);
  const out: SentenceSpan[] = [];
  let from = 0;
  for (const end of boundaries(text)) {
    let s = from;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    from = end;
  }
  return out;
}
