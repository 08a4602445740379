// The benchmark model in transferlab: USE-lite's transformer block (pre-norm,
// separate q/k/v projections, ReLU feed-forward), stacked, mean-pooled, a
// 2-class dense head, softmax cross-entropy, Adam: the PyTorch reference's shape.
import { tf } from '../../src/tf';
import { UseLiteTransformerBlock } from '../../src/models/use-lite';
import { MODEL } from './config';

export interface BenchModel {
  /** One forward + backward + Adam step; returns nothing, leaks nothing. */
  trainStep(): void;
  /** One forward pass of the batch, results read back. */
  infer(): void;
  dispose(): void;
}

export function buildModel(): BenchModel {
  const { layers, dim, heads, ffn, length, batch } = MODEL;
  const blocks = Array.from({ length: layers }, (_, i) => new UseLiteTransformerBlock({ name: `block${i}`, inputDim: dim, dim, heads, ffnDim: ffn }));
  const head = tf.layers.dense({ units: 2, inputShape: [dim] });
  // The blocks read their padding mask from a last channel of ones.
  const x = tf.tidy(() => tf.concat([tf.randomNormal([batch, length, dim], 0, 1, 'float32', 1), tf.ones([batch, length, 1])], 2));
  const labels = tf.tidy(() => tf.oneHot(tf.tensor1d(Array.from({ length: batch }, (_, i) => i % 2), 'int32'), 2));
  const forward = (): tf.Tensor => {
    let h: tf.Tensor = x;
    for (const block of blocks) h = block.apply(h) as tf.Tensor;
    const hidden = tf.slice(h, [0, 0, 0], [batch, length, dim]);
    return head.apply(tf.mean(hidden, 1)) as tf.Tensor;
  };
  tf.tidy(() => void forward());
  const variables = [...blocks.flatMap((b) => b.trainableWeights), ...head.trainableWeights].map((w) => w.read() as tf.Variable);
  const optimizer = tf.train.adam(1e-4);
  return {
    trainStep() {
      tf.tidy(() => {
        const loss = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(labels, forward()) as tf.Scalar, true, variables);
        loss?.dataSync();
      });
    },
    infer() {
      tf.tidy(() => void forward().dataSync());
    },
    dispose() {
      optimizer.dispose();
      tf.dispose([x, labels]);
      for (const b of blocks) b.dispose();
      head.dispose();
    },
  };
}
