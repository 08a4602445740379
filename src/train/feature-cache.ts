// The frozen-feature cache: the outputs of the frozen prefix (and their padding
// mask), one row per example, filled the first time an example is seen and read
// back for every later epoch. Rows live in one Float32Array in memory or in a
// scratch file on disk for large sets; values are stored exactly, so training on
// cached features gives the same numbers as recomputing them.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tf } from '../tf';

export type CacheMode = 'auto' | 'memory' | 'disk';

export interface FeatureCacheOptions {
  mode: CacheMode;
  /** Where disk caches go (default: the OS temp dir / transferlab-features). */
  dir?: string;
  /** 'auto' keeps rows in memory up to this many bytes, then uses disk (default 1 GiB). */
  memoryLimitBytes?: number;
}

interface Layout {
  featureShape: number[];
  featureDtype: tf.DataType;
  featureSize: number;
  maskShape: number[] | null;
  maskSize: number;
  rowSize: number;
}

interface RowStore {
  write(row: number, values: Float32Array): void;
  read(row: number, into: Float32Array, offset: number): void;
  close(): void;
}

function memoryStore(rows: number, rowSize: number): RowStore {
  const data = new Float32Array(rows * rowSize);
  return {
    write: (row, values) => data.set(values, row * rowSize),
    read: (row, into, offset) => into.set(data.subarray(row * rowSize, (row + 1) * rowSize), offset),
    close: () => undefined,
  };
}

function diskStore(rowSize: number, dir: string): RowStore {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `features-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.f32`);
  const fd = fs.openSync(file, 'w+');
  const bytes = rowSize * 4;
  return {
    write: (row, values) => {
      fs.writeSync(fd, Buffer.from(values.buffer, values.byteOffset, bytes), 0, bytes, row * bytes);
    },
    read: (row, into, offset) => {
      fs.readSync(fd, Buffer.from(into.buffer, into.byteOffset + offset * 4, bytes), 0, bytes, row * bytes);
    },
    close: () => {
      fs.closeSync(fd);
      fs.rmSync(file, { force: true });
    },
  };
}

export class FeatureCache {
  private readonly filled: Uint8Array;
  private layout?: Layout;
  private store?: RowStore;
  /** Where the rows went once the first batch came in. */
  kind?: 'memory' | 'disk';

  constructor(
    readonly rows: number,
    private readonly options: FeatureCacheOptions,
  ) {
    this.filled = new Uint8Array(rows);
  }

  /** The examples among `indices` whose features are not cached yet. */
  missing(indices: Int32Array): Int32Array {
    return indices.filter((i) => this.filled[i] === 0);
  }

  /** Stores the rows of `features` (and `mask`) for these examples. */
  put(indices: Int32Array, features: tf.Tensor, mask: tf.Tensor | null): void {
    const layout = (this.layout ??= this.makeLayout(features, mask));
    this.store ??= this.openStore(layout);
    const values = features.dataSync();
    const maskValues = mask?.dataSync();
    const row = new Float32Array(layout.rowSize);
    indices.forEach((example, k) => {
      row.set(values.subarray(k * layout.featureSize, (k + 1) * layout.featureSize));
      if (maskValues) row.set(maskValues.subarray(k * layout.maskSize, (k + 1) * layout.maskSize), layout.featureSize);
      this.store!.write(example, row);
      this.filled[example] = 1;
    });
  }

  /** New tensors holding the cached rows of these examples, in this order. Caller disposes. */
  get(indices: Int32Array): { features: tf.Tensor; mask: tf.Tensor | null } {
    const { layout, store } = this;
    if (!layout || !store) throw new Error('FeatureCache.get: nothing cached yet');
    const rows = new Float32Array(indices.length * layout.rowSize);
    indices.forEach((example, k) => {
      if (this.filled[example] === 0) throw new Error(`FeatureCache.get: example ${example} is not cached`);
      store.read(example, rows, k * layout.rowSize);
    });
    const features = new Float32Array(indices.length * layout.featureSize);
    const mask = layout.maskShape ? new Uint8Array(indices.length * layout.maskSize) : null;
    for (let k = 0; k < indices.length; k++) {
      const at = k * layout.rowSize;
      features.set(rows.subarray(at, at + layout.featureSize), k * layout.featureSize);
      if (mask) mask.set(rows.subarray(at + layout.featureSize, at + layout.rowSize), k * layout.maskSize);
    }
    const featureValues = layout.featureDtype === 'int32' ? Int32Array.from(features) : features;
    return {
      features: tf.tensor(featureValues, [indices.length, ...layout.featureShape], layout.featureDtype),
      mask: mask && layout.maskShape ? tf.tensor(mask, [indices.length, ...layout.maskShape], 'bool') : null,
    };
  }

  dispose(): void {
    this.store?.close();
    this.store = undefined;
  }

  private makeLayout(features: tf.Tensor, mask: tf.Tensor | null): Layout {
    if (features.dtype !== 'float32' && features.dtype !== 'int32') {
      throw new Error(`FeatureCache: cannot cache ${features.dtype} features; pass cache: false`);
    }
    const featureShape = features.shape.slice(1);
    const maskShape = mask ? mask.shape.slice(1) : null;
    const featureSize = featureShape.reduce((a, b) => a * b, 1);
    const maskSize = maskShape ? maskShape.reduce((a, b) => a * b, 1) : 0;
    return { featureShape, featureDtype: features.dtype, featureSize, maskShape, maskSize, rowSize: featureSize + maskSize };
  }

  private openStore(layout: Layout): RowStore {
    const bytes = this.rows * layout.rowSize * 4;
    const limit = this.options.memoryLimitBytes ?? 2 ** 30;
    this.kind = this.options.mode === 'disk' || (this.options.mode === 'auto' && bytes > limit) ? 'disk' : 'memory';
    if (this.kind === 'memory') return memoryStore(this.rows, layout.rowSize);
    return diskStore(layout.rowSize, this.options.dir ?? path.join(os.tmpdir(), 'transferlab-features'));
  }
}
