// Weight quantization for tl.save(model, dir, { quantize }): 'int8' stores each
// kernel (rank >= 2) as int8 with one symmetric float32 scale per output channel
// (its last axis); vectors (biases, norms) stay float32, being small and sensitive.
// 'float16' stores every float32 weight as IEEE half. tl.load dequantizes to float32,
// so the model runs unchanged; only the size on disk shrinks.

export const QUANTIZE_MODES = ['int8', 'float16'] as const;
export type QuantizeMode = (typeof QUANTIZE_MODES)[number];

/** The file that holds int8 scales next to weights.bin. */
export const SCALES_FILE = 'scales.bin';

/** The part of a TF.js weight spec that quantization reads. */
export interface WeightSpecLike {
  name: string;
  shape: number[];
  dtype: string;
}

export interface QuantizedWeight {
  name: string;
  /** How the weight's values are stored in weights.bin. */
  stored: 'int8' | 'float16' | 'raw';
  /** int8 only: scales are channels floats from this index in scales.bin. */
  scaleOffset?: number;
  channels?: number;
}

/** What transferlab.json records of a quantized save. */
export interface QuantizationInfo {
  mode: QuantizeMode;
  scheme: string;
  weights: QuantizedWeight[];
  /** Bytes of the float32 weights and of what was written instead (weights.bin plus scales.bin). */
  float32Bytes: number;
  storedBytes: number;
}

const BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1 };

function bytesOf(spec: WeightSpecLike): number {
  const size = BYTES[spec.dtype];
  if (size === undefined) throw new Error(`quantize: weight '${spec.name}' has dtype ${spec.dtype}, which a saved layers model does not hold.`);
  return spec.shape.reduce((a, b) => a * b, 1) * size;
}

/** Float32 to IEEE half bits, rounding to nearest even (as numpy's astype(float16)). */
export function toHalfBits(value: number): number {
  const f32 = new Float32Array([value]);
  const bits = new Uint32Array(f32.buffer)[0];
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  let mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0);
  let e = exponent - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mantissa |= 0x800000;
    const shift = 14 - e;
    let half = mantissa >>> shift;
    const rest = mantissa & ((1 << shift) - 1);
    const midway = 1 << (shift - 1);
    if (rest > midway || (rest === midway && (half & 1))) half++;
    return sign | half;
  }
  let half = (e << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && (half & 1))) half++;
  return sign | half;
}

export function fromHalfBits(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >>> 10) & 0x1f;
  const mantissa = h & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa ? NaN : sign * Infinity;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

/** A copy of bytes [start, end) in an ArrayBuffer of its own (offsets need not be aligned; a Buffer's slice is only a view). */
function copyBuffer(bytes: Uint8Array, start = 0, end = bytes.byteLength): ArrayBuffer {
  return new Uint8Array(bytes.subarray(start, end)).buffer;
}

function floatsAt(weights: Uint8Array, offset: number, count: number): Float32Array {
  return new Float32Array(copyBuffer(weights, offset, offset + count * 4));
}

/** weights.bin (TF.js layout, specs in order) as quantized bytes plus int8 scales. */
export function quantizeWeights(
  weights: Uint8Array,
  specs: WeightSpecLike[],
  mode: QuantizeMode,
): { weights: Uint8Array; scales: Uint8Array; info: QuantizationInfo } {
  if (!(QUANTIZE_MODES as readonly string[]).includes(mode)) {
    throw new Error(`quantize must be 'int8' or 'float16', got ${JSON.stringify(mode)}.`);
  }
  const parts: Uint8Array[] = [];
  const scales: number[] = [];
  const entries: QuantizedWeight[] = [];
  let offset = 0;
  for (const spec of specs) {
    const size = bytesOf(spec);
    const count = size / 4;
    const isFloat = spec.dtype === 'float32';
    if (isFloat && mode === 'int8' && spec.shape.length >= 2 && count > 0) {
      const values = floatsAt(weights, offset, count);
      const channels = spec.shape[spec.shape.length - 1];
      const max = new Float32Array(channels);
      values.forEach((v, i) => {
        const c = i % channels;
        if (Math.abs(v) > max[c]) max[c] = Math.abs(v);
      });
      const scale = Float32Array.from(max, (m) => m / 127);
      const q = new Int8Array(count);
      values.forEach((v, i) => {
        const s = scale[i % channels];
        q[i] = s === 0 ? 0 : Math.max(-127, Math.min(127, Math.round(v / s)));
      });
      entries.push({ name: spec.name, stored: 'int8', scaleOffset: scales.length, channels });
      scales.push(...scale);
      parts.push(new Uint8Array(q.buffer));
    } else if (isFloat && mode === 'float16') {
      const values = floatsAt(weights, offset, count);
      parts.push(new Uint8Array(Uint16Array.from(values, toHalfBits).buffer));
      entries.push({ name: spec.name, stored: 'float16' });
    } else {
      parts.push(weights.subarray(offset, offset + size));
      entries.push({ name: spec.name, stored: 'raw' });
    }
    offset += size;
  }
  if (offset !== weights.byteLength) throw new Error(`quantize: the weight specs cover ${offset} bytes but the weights hold ${weights.byteLength}.`);
  const out = concat(parts);
  const scaleBytes = new Uint8Array(Float32Array.from(scales).buffer);
  const scheme = mode === 'int8' ? 'int8 symmetric, one float32 scale per output channel (last axis) of each kernel; vectors kept float32' : 'float16 (IEEE half) for every float32 weight';
  return {
    weights: out,
    scales: scaleBytes,
    info: { mode, scheme, weights: entries, float32Bytes: weights.byteLength, storedBytes: out.byteLength + (mode === 'int8' ? scaleBytes.byteLength : 0) },
  };
}

/** The float32 weights.bin that quantizeWeights was given, up to rounding. Throws when the parts do not fit together. */
export function dequantizeWeights(stored: Uint8Array, scales: Uint8Array | undefined, specs: WeightSpecLike[], info: QuantizationInfo): Uint8Array {
  if (info.weights.length !== specs.length || info.weights.some((w, i) => w.name !== specs[i].name)) {
    throw new Error('the quantization record does not list the weights of model.json in order');
  }
  const needScales = info.weights.reduce((n, w) => n + (w.stored === 'int8' ? w.channels ?? 0 : 0), 0);
  if (needScales > 0 && (!scales || scales.byteLength !== needScales * 4)) {
    throw new Error(`${SCALES_FILE} must hold ${needScales} float32 scales, found ${scales ? scales.byteLength / 4 : 'no file'}`);
  }
  const scale = scales && needScales > 0 ? new Float32Array(copyBuffer(scales)) : new Float32Array(0);
  const total = specs.reduce((n, s) => n + bytesOf(s), 0);
  const out = new Uint8Array(total);
  let from = 0;
  let to = 0;
  specs.forEach((spec, i) => {
    const entry = info.weights[i];
    const size = bytesOf(spec);
    const count = size / 4;
    if (entry.stored === 'raw') {
      out.set(stored.subarray(from, from + size), to);
      from += size;
    } else {
      const width = entry.stored === 'int8' ? 1 : 2;
      if (from + count * width > stored.byteLength) throw new Error(`weights.bin ends inside weight '${spec.name}'`);
      const values = new Float32Array(count);
      if (entry.stored === 'int8') {
        const q = new Int8Array(copyBuffer(stored, from, from + count));
        const channels = entry.channels ?? 1;
        const at = entry.scaleOffset ?? 0;
        for (let k = 0; k < count; k++) values[k] = q[k] * scale[at + (k % channels)];
      } else {
        const h = new Uint16Array(copyBuffer(stored, from, from + count * 2));
        for (let k = 0; k < count; k++) values[k] = fromHalfBits(h[k]);
      }
      out.set(new Uint8Array(values.buffer), to);
      from += count * width;
    }
    to += size;
  });
  if (from !== stored.byteLength) throw new Error(`weights.bin holds ${stored.byteLength} bytes, the quantization record accounts for ${from}`);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
