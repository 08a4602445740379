// Two-component PCA in plain JavaScript (no backend needed, so it also runs before
// tf.ready()): form the smaller of the covariance (d×d) and Gram (n×n) matrices once,
// then find its top two eigenvectors by subspace (block power) iteration.
import { tf } from '../tf';

export interface Projection {
  /** One [pc1, pc2] pair per row of the input. */
  points: Array<[number, number]>;
  /** Share of the total variance each component explains. */
  explainedVarianceRatio: [number, number];
}

const MAX_ITERATIONS = 1000;
// Stop when the two eigenvalue estimates (Rayleigh quotients) settle; they converge
// quadratically, so the projection is already good when near-equal eigenvalues keep
// the vectors themselves turning slowly.
const TOLERANCE = 1e-12;

function centredRows(input: tf.Tensor2D | number[][]): { data: Float64Array; n: number; d: number } {
  let n: number;
  let d: number;
  let values: ArrayLike<number>;
  if (input instanceof tf.Tensor) {
    if (input.rank !== 2) throw new RangeError(`PCA needs a 2-D tensor [examples, dims]; got shape [${input.shape.join(', ')}].`);
    [n, d] = input.shape;
    values = input.dataSync();
  } else {
    if (!Array.isArray(input) || !input.every(Array.isArray)) throw new TypeError('PCA needs a tf.Tensor2D or an array of number arrays.');
    n = input.length;
    d = input[0]?.length ?? 0;
    input.forEach((row, i) => {
      if (row.length !== d) throw new RangeError(`PCA: row ${i} has ${row.length} values but row 0 has ${d}; every row needs the same length.`);
    });
    values = input.flat();
  }
  if (n < 2 || d < 2) throw new RangeError(`PCA needs at least 2 rows and 2 columns; got ${n}×${d}.`);
  const data = Float64Array.from(values);
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += data[i * d + j];
    mean /= n;
    for (let i = 0; i < n; i++) data[i * d + j] -= mean;
  }
  if (!data.every(Number.isFinite)) throw new RangeError('PCA: the input holds NaN or infinite values.');
  return { data, n, d };
}

/** Xᵀ X (d×d) when d ≤ n, else X Xᵀ (n×n): same nonzero eigenvalues, smaller to iterate on. */
function smallSymmetric(x: Float64Array, n: number, d: number): { m: Float64Array; size: number; covariance: boolean } {
  const covariance = d <= n;
  const size = covariance ? d : n;
  const m = new Float64Array(size * size);
  if (covariance) {
    for (let i = 0; i < n; i++) {
      const row = i * d;
      for (let a = 0; a < d; a++) {
        const xa = x[row + a];
        if (xa === 0) continue;
        for (let b = a; b < d; b++) m[a * d + b] += xa * x[row + b];
      }
    }
  } else {
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        let s = 0;
        for (let k = 0; k < d; k++) s += x[i * d + k] * x[j * d + k];
        m[i * n + j] = s;
      }
    }
  }
  for (let a = 0; a < size; a++) for (let b = 0; b < a; b++) m[a * size + b] = m[b * size + a];
  return { m, size, covariance };
}

function multiply(m: Float64Array, size: number, v: Float64Array): Float64Array {
  const out = new Float64Array(size);
  for (let a = 0; a < size; a++) {
    let s = 0;
    for (let b = 0; b < size; b++) s += m[a * size + b] * v[b];
    out[a] = s;
  }
  return out;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function normalize(v: Float64Array): Float64Array {
  const norm = Math.sqrt(dot(v, v)) || 1;
  return v.map((x) => x / norm);
}

/** Top two eigenpairs of a symmetric positive semi-definite matrix. */
function topTwo(m: Float64Array, size: number): { vectors: [Float64Array, Float64Array]; values: [number, number] } {
  // A fixed, dense start: deterministic, and never orthogonal to the top components by accident.
  let v1 = normalize(Float64Array.from({ length: size }, (_, i) => Math.sin(i + 1)));
  let v2 = normalize(Float64Array.from({ length: size }, (_, i) => Math.cos(3 * i + 1)));
  let previous = [NaN, NaN];
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const w1 = multiply(m, size, v1);
    const w2 = multiply(m, size, v2);
    const values = [dot(v1, w1), dot(v2, w2)];
    if (values.every((l, k) => Math.abs(l - previous[k]) <= TOLERANCE * Math.max(Math.abs(values[0]), 1e-300))) break;
    previous = values;
    v1 = normalize(w1);
    const overlap = dot(v1, w2);
    v2 = normalize(w2.map((x, i) => x - overlap * v1[i]));
  }
  const l1 = dot(v1, multiply(m, size, v1));
  const l2 = dot(v2, multiply(m, size, v2));
  return l2 > l1 ? { vectors: [v2, v1], values: [l2, l1] } : { vectors: [v1, v2], values: [l1, l2] };
}

export function pca2(input: tf.Tensor2D | number[][]): Projection {
  const { data, n, d } = centredRows(input);
  const { m, size, covariance } = smallSymmetric(data, n, d);
  const { vectors, values } = topTwo(m, size);
  const coordinate = (i: number, k: 0 | 1): number => {
    if (!covariance) return vectors[k][i] * Math.sqrt(Math.max(values[k], 0)); // Gram eigenvector · singular value
    let s = 0;
    for (let j = 0; j < d; j++) s += data[i * d + j] * vectors[k][j];
    return s;
  };
  const points = Array.from({ length: n }, (_, i): [number, number] => [coordinate(i, 0), coordinate(i, 1)]);
  // Fix each component's sign: its largest-magnitude coordinate is positive.
  for (const k of [0, 1] as const) {
    const largest = points.reduce((best, p) => (Math.abs(p[k]) > Math.abs(best) ? p[k] : best), 0);
    if (largest < 0) points.forEach((p) => (p[k] = -p[k]));
  }
  let total = 0;
  for (let a = 0; a < size; a++) total += m[a * size + a];
  const ratio = (l: number) => (total > 0 ? Math.max(l, 0) / total : 0);
  return { points, explainedVarianceRatio: [ratio(values[0]), ratio(values[1])] };
}
