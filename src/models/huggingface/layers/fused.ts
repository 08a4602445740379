// GELU, LayerNorm and the attention softmax as single taped ops (tf.customGrad) with
// hand-written gradients. Why: while a gradient is taken, tfjs keeps every intermediate of
// the forward pass alive until backprop ends; composed from primitives these three kept
// ~10 tensors per layer, which at BERT-base shape (batch 8 x 128 tokens) overflowed the
// wasm backend's 4 GiB heap. Fused, only the inputs and what the gradient needs stay.
import { tf } from '../../../tf';

type Grad = (dy: tf.Tensor, saved: tf.Tensor[]) => tf.Tensor | tf.Tensor[];
type Forward = { value: tf.Tensor; gradFunc: Grad };

/** tf.customGrad over 1 to 3 tensors, typed: f gets the inputs and the save function. */
function taped(a: tf.Tensor, f: (a: tf.Tensor, save: tf.GradSaveFunc) => Forward): tf.Tensor;
function taped(a: tf.Tensor, b: tf.Tensor, f: (a: tf.Tensor, b: tf.Tensor, save: tf.GradSaveFunc) => Forward): tf.Tensor;
function taped(a: tf.Tensor, b: tf.Tensor, c: tf.Tensor, f: (a: tf.Tensor, b: tf.Tensor, c: tf.Tensor, save: tf.GradSaveFunc) => Forward): tf.Tensor;
function taped(...args: unknown[]): tf.Tensor {
  const f = args.pop() as (...a: unknown[]) => Forward;
  return tf.customGrad(f as unknown as Parameters<typeof tf.customGrad>[0])(...(args as tf.Tensor[]));
}

const SQRT_HALF = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** Exact (erf) GELU, torch's default: x * Phi(x). Saves only x for the gradient. */
export function gelu(input: tf.Tensor): tf.Tensor {
  return taped(input, (x, save) => {
  save([x]);
  const value = tf.mul(tf.mul(x, 0.5), tf.add(1, tf.erf(tf.mul(x, SQRT_HALF))));
  return {
    value,
    gradFunc: (dy: tf.Tensor, [saved]: tf.Tensor[]) => {
      // d/dx x Phi(x) = Phi(x) + x phi(x)
      const cdf = tf.mul(tf.add(1, tf.erf(tf.mul(saved, SQRT_HALF))), 0.5);
      const pdf = tf.mul(tf.exp(tf.mul(tf.square(saved), -0.5)), INV_SQRT_2PI);
      return tf.mul(dy, tf.add(cdf, tf.mul(saved, pdf)));
    },
  };
  });
}

/** torch.nn.LayerNorm over the last axis (biased variance); saves the normalized input and 1/std. */
export function layerNorm(x: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor, eps: number): tf.Tensor {
  return taped(x, gamma, beta, (input, g, b, save) => {
    const { mean, variance } = tf.moments(input, -1, true);
    const rstd = tf.rsqrt(tf.add(variance, eps));
    const xhat = tf.mul(tf.sub(input, mean), rstd);
    save([xhat, rstd, g]);
    return {
      value: tf.add(tf.mul(xhat, g), b),
      gradFunc: (dy: tf.Tensor, [sxhat, srstd, sg]: tf.Tensor[]) => {
        const width = sg.shape[0] as number;
        const dxhat = tf.mul(dy, sg);
        const dx = tf.mul(srstd, tf.sub(tf.sub(dxhat, tf.mean(dxhat, -1, true)), tf.mul(sxhat, tf.mean(tf.mul(dxhat, sxhat), -1, true))));
        const rows = (t: tf.Tensor) => tf.reshape(t, [-1, width]);
        return [dx, tf.sum(rows(tf.mul(dy, sxhat)), 0), tf.sum(rows(dy), 0)];
      },
    };
  });
}

/**
 * softmax(scores * scale + keyBias) over the last axis; keyBias ([batch, 1, 1, keys], from the
 * padding mask) gets no gradient. Saves only the probabilities.
 */
export function scaledMaskedSoftmax(scores: tf.Tensor, keyBias: tf.Tensor, scale: number): tf.Tensor {
  return taped(scores, keyBias, (s, bias, save) => {
    const probs = tf.softmax(tf.add(tf.mul(s, scale), bias), -1);
    save([probs]);
    return {
      value: probs,
      gradFunc: (dy: tf.Tensor, [p]: tf.Tensor[]) => {
        const ds = tf.mul(tf.mul(p, tf.sub(dy, tf.sum(tf.mul(dy, p), -1, true))), scale);
        return [ds, tf.zerosLike(bias)];
      },
    };
  });
}
