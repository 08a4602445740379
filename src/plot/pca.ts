// Two-component PCA by subspace (block power) iteration on the centred data, in tfjs so
// that a few thousand 512-d sentence embeddings project in well under a second.
import { tf } from '../tf';

export interface Projection {
  /** One [pc1, pc2] pair per row of the input. */
  points: Array<[number, number]>;
  /** Share of the total variance each component explains. */
  explainedVarianceRatio: [number, number];
}

const MAX_ITERATIONS = 500;
const TOLERANCE = 1e-7;

/** Orthonormalizes the two columns of v (Gram-Schmidt). */
function orthonormalize(v: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const [a, b] = tf.split(v, 2, 1) as [tf.Tensor2D, tf.Tensor2D];
    const q1 = a.div(a.norm().add(1e-30));
    const b2 = b.sub(q1.mul(q1.mul(b).sum()));
    const q2 = b2.div(b2.norm().add(1e-30));
    return tf.concat([q1, q2], 1) as tf.Tensor2D;
  });
}

export function pca2(input: tf.Tensor2D | number[][]): Projection {
  const x = input instanceof tf.Tensor ? input : tf.tensor2d(input);
  try {
    if (x.rank !== 2 || x.shape[0] < 2 || x.shape[1] < 2) {
      throw new RangeError(`PCA needs a 2-D array with at least 2 rows and 2 columns; got shape [${x.shape.join(', ')}].`);
    }
    const centred = tf.tidy(() => {
      const f = x.toFloat();
      return f.sub(f.mean(0));
    }) as tf.Tensor2D;
    try {
      // A fixed, dense start vector: deterministic output, never orthogonal to the top components by accident.
      const d = x.shape[1];
      let v = tf.tidy(() => orthonormalize(tf.tensor2d(Array.from({ length: d * 2 }, (_, i) => Math.sin(i + 1)), [d, 2])));
      for (let i = 0; i < MAX_ITERATIONS; i++) {
        const next = tf.tidy(() => orthonormalize(centred.transpose().matMul(centred.matMul(v)) as tf.Tensor2D));
        const change = tf.tidy(() => next.sub(v).abs().max().dataSync()[0]);
        v.dispose();
        v = next;
        if (change < TOLERANCE) break;
      }
      // Fix each component's sign: its largest-magnitude loading is positive.
      const loadings = v.arraySync();
      const signs = [0, 1].map((k) => {
        const largest = loadings.reduce((best, row) => (Math.abs(row[k]) > Math.abs(best) ? row[k] : best), 0);
        return largest < 0 ? -1 : 1;
      });
      const result = tf.tidy(() => {
        const projected = centred.matMul(v).mul(tf.tensor1d(signs));
        const ratio = projected.square().sum(0).div(centred.square().sum());
        return { points: projected.arraySync() as Array<[number, number]>, ratio: ratio.arraySync() as number[] };
      });
      v.dispose();
      return { points: result.points, explainedVarianceRatio: [result.ratio[0], result.ratio[1]] };
    } finally {
      centred.dispose();
    }
  } finally {
    if (x !== input) x.dispose();
  }
}
