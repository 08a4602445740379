// Remote data sets through the model cache (TRANSFERLAB_CACHE) and its offline switch
// (TRANSFERLAB_OFFLINE=1): Hugging Face's datasets-server rows API ('hf:owner/name') or, with
// parquet: true, the split's Parquet files; or a plain URL to a CSV / TSV / JSON / JSONL / CoNLL / Parquet file.
import { readFileSync } from 'fs';
import { notice } from '../display/notice';
import { cachedDownload } from '../io/cache';
import { type DataFrame } from './frame';
import { type FileFormat, formatOf, parseDataFile } from './files';
import { parquetRecords, parseParquet } from './parquet';
import { recordsToFrame } from './records';
import { labelNames, type FeatureType } from './class-labels';

/** The rows API serves at most this many rows per request. */
const PAGE = 100;
/** Beyond this the rows API is the wrong tool: thousands of requests. */
const MAX_ROWS = 200_000;

export interface HubOptions {
  /** Split name; default 'train'. */
  split?: string;
  /** Configuration (subset) name; default the data set's first. */
  config?: string;
  /** datasets-server base URL; default $TRANSFERLAB_HF_DATASETS_SERVER or https://datasets-server.huggingface.co. */
  endpoint?: string;
  /** Read the split's Parquet files (the hub's own format: whole cells, any size) instead of the rows API. Default false. */
  parquet?: boolean;
}

interface ParquetFile {
  config: string;
  split: string;
  url: string;
  filename: string;
  size?: number;
}

/** One split of a hub data set from its Parquet export (datasets-server's /parquet list), cached file by file. */
async function loadHubParquet(dataset: string, base: string, subdir: string, split: string, config: string | undefined): Promise<DataFrame> {
  const listing = await cachedJson<{ parquet_files?: ParquetFile[] }>(`${base}/parquet?dataset=${encodeURIComponent(dataset)}`, subdir, 'parquet.json');
  const all = listing.parquet_files ?? [];
  const chosen = config ?? all.find((f) => f.split === split)?.config;
  const files = all.filter((f) => f.split === split && f.config === chosen);
  if (files.length === 0) {
    const have = [...new Set(all.map((f) => `${f.config}/${f.split}`))].join(', ') || 'none';
    throw new Error(`hf:${dataset} has no Parquet files for ${config ? `config '${config}', ` : ''}split '${split}'; it has: ${have}`);
  }
  const records: unknown[] = [];
  for (const f of files) {
    const file = await cachedDownload(f.url, { cacheSubdir: `${subdir}/${checkName(f.config, 'config')}/${split}`, fileName: checkName(f.filename, 'file'), size: f.size });
    records.push(...(await parquetRecords(readFileSync(file), `hf:${dataset} ${f.filename}`)));
  }
  return recordsToFrame(records, `hf:${dataset}`);
}

interface Feature {
  name: string;
  type: FeatureType;
}

interface RowsPage {
  features?: Feature[];
  rows: Array<{ row: Record<string, unknown>; truncated_cells?: string[] }>;
  num_rows_total: number;
}

function endpointOf(options: HubOptions): string {
  return (options.endpoint ?? process.env.TRANSFERLAB_HF_DATASETS_SERVER ?? 'https://datasets-server.huggingface.co').replace(/\/+$/, '');
}

async function cachedJson<T>(url: string, subdir: string, fileName: string): Promise<T> {
  const file = await cachedDownload(url, { cacheSubdir: subdir, fileName });
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new Error(`${url} (cached at ${file}) is not JSON: ${(error as Error).message}; delete that file and retry`);
  }
}

/** Split and config names become cache folder names: no path tricks. */
function checkName(name: string, what: string): string {
  if (!/^[A-Za-z0-9][\w.-]*$/.test(name)) throw new Error(`${what} '${name}' is not a valid Hugging Face ${what} name (letters, digits, '.', '_', '-')`);
  return name;
}

/** Every row of one split of a Hugging Face data set, paged and cached. */
export async function loadHubDataset(dataset: string, options: HubOptions = {}): Promise<DataFrame> {
  if (!/^[A-Za-z0-9][\w.-]*(\/[A-Za-z0-9][\w.-]*)?$/.test(dataset)) throw new Error(`'hf:${dataset}' is not a Hugging Face data set id; expected hf:owner/name`);
  const base = endpointOf(options);
  const split = checkName(options.split ?? 'train', 'split');
  const subdir = `datasets/hf/${dataset.replace('/', '--')}`;
  if (options.parquet) return loadHubParquet(dataset, base, subdir, split, options.config && checkName(options.config, 'config'));
  let config = options.config;
  if (!config) {
    const splits = await cachedJson<{ splits: Array<{ config: string; split: string }> }>(
      `${base}/splits?dataset=${encodeURIComponent(dataset)}`, subdir, 'splits.json');
    const match = splits.splits.find((s) => s.split === split);
    if (!match) {
      throw new Error(`hf:${dataset} has no split '${split}'; splits: ${[...new Set(splits.splits.map((s) => s.split))].join(', ')}`);
    }
    config = match.config;
  }
  checkName(config, 'config');
  const pageUrl = (offset: number) =>
    `${base}/rows?dataset=${encodeURIComponent(dataset)}&config=${encodeURIComponent(config!)}&split=${encodeURIComponent(split)}&offset=${offset}&length=${PAGE}`;
  const pageDir = `${subdir}/${config}/${split}`;
  const first = await cachedJson<RowsPage>(pageUrl(0), pageDir, `rows-0.json`);
  const total = first.num_rows_total;
  if (total > MAX_ROWS) {
    throw new Error(`hf:${dataset} split '${split}' has ${total} rows, too many for the rows API; pass parquet: true to read its Parquet files`);
  }
  const pages = [first];
  for (let offset = PAGE; offset < total; offset += PAGE) pages.push(await cachedJson<RowsPage>(pageUrl(offset), pageDir, `rows-${offset}.json`));
  const mappers = (first.features ?? []).map((f) => [f.name, labelNames(f.type)] as const).filter(([, m]) => m);
  let truncated = 0;
  const records = pages.flatMap((page) =>
    page.rows.map(({ row, truncated_cells }) => {
      truncated += truncated_cells?.length ?? 0;
      const out = { ...row };
      for (const [name, map] of mappers) out[name] = map!(out[name]);
      return out;
    }),
  );
  if (truncated > 0) notice(`the datasets server truncated ${truncated} cells of hf:${dataset}; for full text load a file URL instead`);
  return recordsToFrame(records, `hf:${dataset}`);
}

export interface UrlOptions {
  format?: FileFormat;
  tagColumn?: number;
  sha256?: string;
  size?: number;
}

/** A data file at a URL, downloaded once into the cache. */
export async function loadUrlDataset(url: string, options: UrlOptions = {}): Promise<DataFrame> {
  const file = await cachedDownload(url, { sha256: options.sha256, size: options.size });
  if (formatOf(url, options.format) === 'parquet') return parseParquet(readFileSync(file), url);
  return parseDataFile(readFileSync(file), url, { format: options.format, tagColumn: options.tagColumn });
}
