// Parquet data files (the Hugging Face hub's format) through hyparquet, a maintained pure-JS
// reader (snappy built in). Rows become a DataFrame like JSON rows do: lists are space-joined
// cells (tokens, tags), structs JSON text (SQuAD's answers), and ClassLabel ids their names
// when the file carries the hub's 'huggingface' feature metadata.
import { readFileSync } from 'fs';
import { type DataFrame } from './frame';
import { recordsToFrame } from './records';
import { labelNames, type FeatureType } from './class-labels';

type Hyparquet = typeof import('hyparquet');

// hyparquet is an ES module; a real dynamic import loads it from this CommonJS build on every Node 20.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<Hyparquet>;
let hyparquet: Promise<Hyparquet> | undefined;

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // 'PAR1', at the start and at the end

/** int64 columns come back as BigInt, which DataFrames and JSON cannot hold. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

function featureMappers(metadata: Array<{ key: string; value?: string }> | undefined, file: string): Array<[string, (v: unknown) => unknown]> {
  const entry = metadata?.find((kv) => kv.key === 'huggingface');
  if (!entry?.value) return [];
  let features: Record<string, FeatureType> | undefined;
  try {
    features = (JSON.parse(entry.value) as { info?: { features?: Record<string, FeatureType> } }).info?.features;
  } catch {
    throw new Error(`${file}: its 'huggingface' metadata is not JSON; the file is damaged or not a hub export`);
  }
  return Object.entries(features ?? {}).flatMap(([name, type]) => {
    const map = labelNames(type);
    return map ? [[name, map] as [string, (v: unknown) => unknown]] : [];
  });
}

/** Parquet bytes named `file` (in errors) as DataFrame-ready row records. */
export async function parquetRecords(bytes: Uint8Array, file: string): Promise<Array<Record<string, unknown>>> {
  const n = bytes.length;
  if (n < 12 || !MAGIC.every((b, i) => bytes[i] === b && bytes[n - 4 + i] === b)) {
    throw new Error(`${file} is not a Parquet file (no PAR1 marks at its start and end); check the file, or pass the format it has`);
  }
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + n) as ArrayBuffer;
  const { parquetMetadata, parquetReadObjects } = await (hyparquet ??= importEsm('hyparquet'));
  let rows: Array<Record<string, unknown>>;
  let mappers: Array<[string, (v: unknown) => unknown]>;
  try {
    const metadata = parquetMetadata(buffer);
    mappers = featureMappers(metadata.key_value_metadata, file);
    rows = (await parquetReadObjects({ file: buffer, metadata })) as Array<Record<string, unknown>>;
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(`${file} is not a readable Parquet file (${message})${/codec|compress/i.test(message) ? '; re-save it with snappy or no compression' : ''}`);
  }
  return rows.map((row) => {
    const out = plain(row) as Record<string, unknown>;
    for (const [name, map] of mappers) if (name in out) out[name] = map(out[name]);
    return out;
  });
}

/** Parquet bytes named `file` (in errors) as a DataFrame. */
export async function parseParquet(bytes: Uint8Array, file: string): Promise<DataFrame> {
  return recordsToFrame(await parquetRecords(bytes, file), file);
}

export async function readParquetFile(file: string): Promise<DataFrame> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(`cannot read data file ${file}: ${(error as Error).message}`);
  }
  return parseParquet(bytes, file);
}
