// Local data files: CSV, TSV, JSON, JSON Lines and CoNLL (Parquet: parquet.ts), with a check that the
// content is what the extension says before parsing it.
import { readFileSync } from 'fs';
import { extname } from 'path';
import { parseConll } from './conll';
import { parseDelimited } from './delimited';
import { type DataFrame, frameFromColumns, type Cell } from './frame';
import { inferColumn, recordsToFrame } from './records';

export type FileFormat = 'csv' | 'tsv' | 'json' | 'jsonl' | 'conll' | 'parquet';

const EXTENSIONS: Record<string, FileFormat> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.conll': 'conll',
  '.iob': 'conll',
  '.bio': 'conll',
  '.parquet': 'parquet',
};

export function formatOf(file: string, explicit?: FileFormat): FileFormat {
  if (explicit) {
    if (!Object.values(EXTENSIONS).includes(explicit)) throw new Error(`format '${explicit}' is not one of csv, tsv, json, jsonl, conll, parquet`);
    return explicit;
  }
  const format = EXTENSIONS[extname(file.split(/[?#]/)[0]).toLowerCase()];
  if (!format) {
    throw new Error(`cannot tell the format of ${file} from its extension; pass format: 'csv' | 'tsv' | 'json' | 'jsonl' | 'conll' | 'parquet'`);
  }
  return format;
}

const MAGIC: Array<[string, number[]]> = [
  ['gzip-compressed', [0x1f, 0x8b]],
  ['a zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a Parquet file', [0x50, 0x41, 0x52, 0x31]],
];

/** Errors when the bytes are binary or plainly another of our formats. */
function checkContent(bytes: Buffer, format: FileFormat, file: string): string {
  const wrong = (what: string, fix: string) => new Error(`${file} is ${what}, not ${format.toUpperCase()}; ${fix}`);
  for (const [what, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) throw wrong(what, what === 'a Parquet file' ? "rename it .parquet or pass format: 'parquet'" : 'decompress or convert it first');
  }
  if (bytes.subarray(0, 8192).includes(0)) throw wrong('binary data', 'check that it is the file you meant');
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const start = text.trimStart()[0];
  const firstLine = text.trimStart().split(/\r?\n/)[0];
  if ((format === 'csv' || format === 'tsv' || format === 'conll') && (start === '{' || start === '[')) {
    throw wrong('JSON', "rename it .json / .jsonl or pass format: 'json'");
  }
  if ((format === 'json' || format === 'jsonl') && start !== '{' && start !== '[') {
    throw wrong(`text starting with '${firstLine.slice(0, 40)}'`, 'check the file or pass the right format');
  }
  if (format === 'tsv' && !firstLine.includes('\t') && firstLine.includes(',')) throw wrong('comma-separated (CSV)', "rename it .csv or pass format: 'csv'");
  if (format === 'csv' && !firstLine.includes(',') && firstLine.includes('\t')) throw wrong('tab-separated (TSV)', "rename it .tsv or pass format: 'tsv'");
  return text;
}

function parseJson(text: string, file: string): DataFrame {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const lines = text.trim().split(/\r?\n/);
    const jsonLines = lines.length > 1 && lines.every((l) => /^\s*\{.*\}\s*$/.test(l));
    throw new Error(
      `${file} is not valid JSON (${(error as Error).message})` +
        (jsonLines ? "; it looks like JSON Lines: rename it .jsonl or pass format: 'jsonl'" : ''),
    );
  }
  if (Array.isArray(value)) return recordsToFrame(value, file);
  if (value && typeof value === 'object') {
    // Column-oriented JSON: { "text": [...], "label": [...] }.
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length && entries.every(([, v]) => Array.isArray(v) && v.length === (entries[0][1] as unknown[]).length)) {
      const length = (entries[0][1] as unknown[]).length;
      return recordsToFrame(Array.from({ length }, (_, i) => Object.fromEntries(entries.map(([k, v]) => [k, (v as unknown[])[i]]))), file);
    }
  }
  throw new Error(`${file}: expected a JSON array of records or an object of equal-length column arrays`);
}

function parseJsonLines(text: string, file: string): DataFrame {
  const records: unknown[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      records.push(JSON.parse(line));
    } catch (error) {
      const hint = i === 0 && line.trim() === '[' ? "; it looks like a JSON array: rename it .json or pass format: 'json'" : '';
      throw new Error(`${file}:${i + 1} is not a JSON value (${(error as Error).message})${hint}`);
    }
  });
  return recordsToFrame(records, file);
}

export interface ParseOptions {
  format?: FileFormat;
  /** CoNLL: which whitespace-separated column holds the tag; default the last. */
  tagColumn?: number;
}

/** Parses file bytes (local or downloaded) named `file` into a DataFrame. */
export function parseDataFile(bytes: Buffer, file: string, options: ParseOptions = {}): DataFrame {
  const format = formatOf(file, options.format);
  if (format === 'parquet') throw new Error(`${file}: Parquet is read asynchronously; use tl.datasets.load(path) or parseParquet(bytes, file)`);
  const text = checkContent(bytes, format, file);
  switch (format) {
    case 'json':
      return parseJson(text, file);
    case 'jsonl':
      return parseJsonLines(text, file);
    case 'conll': {
      const sentences = parseConll(text, file, { tagColumn: options.tagColumn });
      return frameFromColumns({ tokens: sentences.map((s) => s.tokens.join(' ')), tags: sentences.map((s) => s.tags.join(' ')) });
    }
    default: {
      const { header, records } = parseDelimited(text, format === 'csv' ? ',' : '\t', file);
      const columns: Record<string, Cell[]> = {};
      header.forEach((name, c) => (columns[name] = inferColumn(records.map((r) => r[c]))));
      return frameFromColumns(columns);
    }
  }
}

export function readDataFile(file: string, options: ParseOptions = {}): DataFrame {
  formatOf(file, options.format);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(`cannot read data file ${file}: ${(error as Error).message}`);
  }
  return parseDataFile(bytes, file, options);
}
