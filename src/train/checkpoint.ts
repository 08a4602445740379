// Training checkpoints: one file each (best.ckpt, last.ckpt) holding the model's
// weights, the optimizer's state and the loop's state (epoch, step, RNG, history),
// written to a temp file and renamed over the old one, so a crash mid-write
// leaves the previous checkpoint intact.
// Layout: 'TLCKPT1\n', uint32 LE header length, JSON header, then raw tensor bytes.
import * as fs from 'fs';
import * as path from 'path';
import { writeFileAtomic } from '../io/atomic-write';
import type { SavedSlot } from './adam';
import type { BestState } from './best-epoch';
import type { HistoryLike } from '../plot/history-like';
import type { SavedTensor } from './weights';

const MAGIC = 'TLCKPT1\n';

export interface LoopState {
  /** The next epoch to run (0-based). */
  epoch: number;
  /** Optimizer steps taken so far. */
  step: number;
  rng: number;
  seed: number;
  examples: number;
  batchSize: number;
  history: HistoryLike;
  best: BestState;
}

export interface Checkpoint {
  state: LoopState;
  weights: SavedTensor[];
  optimizer: SavedSlot[];
}

interface TensorEntry {
  shape: number[];
  dtype: string;
  offset: number;
  length: number;
}

interface Header {
  state: LoopState;
  weights: TensorEntry[];
  optimizer: Array<{ index: number; t: number; shape: number[]; m: TensorEntry; v: TensorEntry }>;
}

export function checkpointFile(dir: string, which: 'best' | 'last'): string {
  return path.join(dir, `${which}.ckpt`);
}

export async function writeCheckpoint(file: string, ckpt: Checkpoint): Promise<void> {
  const chunks: Buffer[] = [];
  let offset = 0;
  const add = (data: Float32Array | Int32Array, shape: number[], dtype: string): TensorEntry => {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    chunks.push(bytes);
    const entry = { shape, dtype, offset, length: data.length };
    offset += bytes.length;
    return entry;
  };
  const header: Header = {
    state: ckpt.state,
    weights: ckpt.weights.map((w) => add(w.data, w.shape, w.dtype)),
    optimizer: ckpt.optimizer.map((s) => ({
      index: s.index,
      t: s.t,
      shape: s.shape,
      m: add(s.m, s.shape, 'float32'),
      v: add(s.v, s.shape, 'float32'),
    })),
  };
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  try {
    await writeFileAtomic(file, Buffer.concat([Buffer.from(MAGIC), length, json, ...chunks]));
  } catch (err) {
    throw new Error(`could not write checkpoint ${file}: ${(err as Error).message}`);
  }
}

export async function readCheckpoint(file: string): Promise<Checkpoint> {
  let buf: Buffer;
  try {
    buf = await fs.promises.readFile(file);
  } catch {
    throw new Error(`no checkpoint at ${file}: train with checkpoint: { dir } first, or pass the directory that holds last.ckpt`);
  }
  if (buf.subarray(0, MAGIC.length).toString() !== MAGIC) {
    throw new Error(`${file} is not a transferlab checkpoint (bad magic); delete it or point resume at another directory`);
  }
  const jsonLength = buf.readUInt32LE(MAGIC.length);
  const dataStart = MAGIC.length + 4 + jsonLength;
  const header = JSON.parse(buf.subarray(MAGIC.length + 4, dataStart).toString()) as Header;
  // Copy into fresh, aligned buffers: the file's bytes are not 4-byte aligned.
  const read = (e: TensorEntry): Float32Array | Int32Array => {
    const bytes = buf.subarray(dataStart + e.offset, dataStart + e.offset + e.length * 4);
    const aligned = new Uint8Array(bytes).buffer;
    return e.dtype === 'int32' ? new Int32Array(aligned) : new Float32Array(aligned);
  };
  return {
    state: header.state,
    weights: header.weights.map((e) => ({ shape: e.shape, dtype: e.dtype as SavedTensor['dtype'], data: read(e) })),
    optimizer: header.optimizer.map((s) => ({
      index: s.index,
      t: s.t,
      shape: s.shape,
      m: read(s.m) as Float32Array,
      v: read(s.v) as Float32Array,
    })),
  };
}
