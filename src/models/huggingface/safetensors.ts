// The safetensors format: an 8-byte little-endian header length, a JSON header
// { name: { dtype, shape, data_offsets: [begin, end] }, __metadata__? }, then the raw
// little-endian tensor bytes. Read as float32 (F32/F16/BF16) or int32 (I64/I32).
import { promises as fs } from 'fs';
import * as path from 'path';
import { HuggingFaceError } from './errors';

export interface RawTensor {
  shape: number[];
  /** float32 for floating dtypes, int32 for integer ones (I64 values must fit). */
  data: Float32Array | Int32Array;
}

export type TensorMap = Map<string, RawTensor>;

const FLOAT_DTYPES: Record<string, number> = { F32: 4, F16: 2, BF16: 2 };
const INT_DTYPES: Record<string, number> = { I64: 8, I32: 4 };

function sizeOf(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 0x1f) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

function decode(name: string, dtype: string, shape: number[], bytes: Buffer, file: string): RawTensor {
  const n = sizeOf(shape);
  const width = FLOAT_DTYPES[dtype] ?? INT_DTYPES[dtype];
  if (width === undefined) {
    throw new HuggingFaceError('TENSOR_MISMATCH', file, `tensor '${name}' has dtype ${dtype}, which is not supported (F32, F16, BF16, I64, I32).`, 'save the checkpoint in float32, float16 or bfloat16.');
  }
  if (bytes.length !== n * width) {
    throw new HuggingFaceError('BAD_HEADER', file, `tensor '${name}' (${dtype} [${shape.join(', ')}]) spans ${bytes.length} bytes; its shape needs ${n * width}.`, 'the file is corrupt: download or save it again.');
  }
  if (dtype === 'F32') {
    // A copy: aligned, and free of the file's buffer (little-endian hosts, as tfjs assumes).
    return { shape, data: new Float32Array(Uint8Array.from(bytes).buffer) };
  }
  if (dtype === 'F16' || dtype === 'BF16') {
    const out = new Float32Array(n);
    const view = new DataView(new ArrayBuffer(4));
    for (let i = 0; i < n; i++) {
      const h = bytes.readUInt16LE(i * 2);
      if (dtype === 'F16') out[i] = halfToFloat(h);
      else {
        view.setUint32(0, h << 16);
        out[i] = view.getFloat32(0);
      }
    }
    return { shape, data: out };
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = dtype === 'I32' ? bytes.readInt32LE(i * 4) : Number(bytes.readBigInt64LE(i * 8));
  return { shape, data: out };
}

/** Parses one safetensors file's bytes. `file` names it in errors. */
export function parseSafetensors(buffer: Buffer, file: string): TensorMap {
  if (buffer.length < 8) {
    throw new HuggingFaceError('TRUNCATED', file, `safetensors file is ${buffer.length} bytes; it needs at least 8 for the header length.`, 'the file is truncated: download or save it again.');
  }
  const headerLength = Number(buffer.readBigUInt64LE(0));
  if (8 + headerLength > buffer.length) {
    throw new HuggingFaceError('TRUNCATED', file, `safetensors header needs ${8 + headerLength} bytes but the file has ${buffer.length}.`, 'the file is truncated: download or save it again.');
  }
  let header: Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] }>;
  try {
    header = JSON.parse(buffer.subarray(8, 8 + headerLength).toString('utf8'));
    if (header === null || typeof header !== 'object' || Array.isArray(header)) throw new Error('not an object');
  } catch (error) {
    throw new HuggingFaceError('BAD_HEADER', file, `safetensors header is not a JSON object (${(error as Error).message}).`, 'this is not a safetensors file, or it is corrupt: download or save it again.');
  }
  const base = 8 + headerLength;
  let end = base;
  for (const entry of Object.values(header)) {
    if (entry && Array.isArray(entry.data_offsets)) end = Math.max(end, base + entry.data_offsets[1]);
  }
  if (end > buffer.length) {
    throw new HuggingFaceError('TRUNCATED', file, `safetensors file is ${buffer.length} bytes; its header describes ${end}.`, 'the file is truncated: download or save it again.');
  }
  const tensors: TensorMap = new Map();
  for (const [name, entry] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    if (!entry || typeof entry.dtype !== 'string' || !Array.isArray(entry.shape) || !Array.isArray(entry.data_offsets)) {
      throw new HuggingFaceError('BAD_HEADER', file, `safetensors header entry '${name}' lacks dtype, shape or data_offsets.`, 'the file is corrupt: download or save it again.');
    }
    const [begin, stop] = entry.data_offsets;
    tensors.set(name, decode(name, entry.dtype, entry.shape, buffer.subarray(base + begin, base + stop), file));
  }
  return tensors;
}

/** Serialises float32 tensors (F32) into safetensors bytes, in name order. */
export function serializeSafetensors(tensors: TensorMap, metadata: Record<string, string> = { format: 'pt' }): Buffer {
  const names = [...tensors.keys()].sort();
  const header: Record<string, unknown> = { __metadata__: metadata };
  let offset = 0;
  for (const name of names) {
    const t = tensors.get(name)!;
    const bytes = t.data.length * 4;
    header[name] = { dtype: t.data instanceof Int32Array ? 'I32' : 'F32', shape: t.shape, data_offsets: [offset, offset + bytes] };
    offset += bytes;
  }
  let json = JSON.stringify(header);
  // Tensor data starts 8-byte aligned, as the reference writer pads it.
  json += ' '.repeat((8 - ((8 + Buffer.byteLength(json)) % 8)) % 8);
  const headerBytes = Buffer.from(json, 'utf8');
  const out = Buffer.alloc(8 + headerBytes.length + offset);
  out.writeBigUInt64LE(BigInt(headerBytes.length), 0);
  headerBytes.copy(out, 8);
  let at = 8 + headerBytes.length;
  for (const name of names) {
    const t = tensors.get(name)!;
    Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength).copy(out, at);
    at += t.data.byteLength;
  }
  return out;
}

export const SAFETENSORS_FILE = 'model.safetensors';
export const SAFETENSORS_INDEX_FILE = 'model.safetensors.index.json';

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false);
}

/** Every tensor of a checkpoint folder: model.safetensors, or the index and its shards. */
export async function readCheckpointTensors(dir: string): Promise<TensorMap> {
  const single = path.join(dir, SAFETENSORS_FILE);
  if (await exists(single)) return parseSafetensors(await fs.readFile(single), single);
  const indexFile = path.join(dir, SAFETENSORS_INDEX_FILE);
  if (await exists(indexFile)) {
    let index: { weight_map?: Record<string, string> };
    try {
      index = JSON.parse(await fs.readFile(indexFile, 'utf8'));
    } catch (error) {
      throw new HuggingFaceError('BAD_HEADER', indexFile, `the shard index is not JSON (${(error as Error).message}).`, 'download or save the checkpoint again.');
    }
    const shards = [...new Set(Object.values(index.weight_map ?? {}))];
    if (shards.length === 0) throw new HuggingFaceError('BAD_HEADER', indexFile, 'the shard index has no weight_map entries.', 'download or save the checkpoint again.');
    const tensors: TensorMap = new Map();
    for (const shard of shards) {
      const file = path.join(dir, shard);
      if (!(await exists(file))) throw new HuggingFaceError('TRUNCATED', file, `shard ${shard} named by ${SAFETENSORS_INDEX_FILE} is missing.`, 'download the missing shard.');
      for (const [name, t] of parseSafetensors(await fs.readFile(file), file)) tensors.set(name, t);
    }
    return tensors;
  }
  const present: string[] = [];
  for (const f of ['pytorch_model.bin', 'pytorch_model.bin.index.json', 'tf_model.h5']) if (await exists(path.join(dir, f))) present.push(f);
  throw new HuggingFaceError(
    'NO_SAFETENSORS',
    dir,
    present.length > 0
      ? `the checkpoint has ${present.join(', ')} but no ${SAFETENSORS_FILE}; transferlab reads safetensors only.`
      : `the folder has no ${SAFETENSORS_FILE} or ${SAFETENSORS_INDEX_FILE}.`,
    "convert it in Python: AutoModel.from_pretrained(dir).save_pretrained(dir, safe_serialization=True) (transformers), or pick the hub revision that has model.safetensors (many repos have a 'refs/pr/N' conversion).",
  );
}
