// The loss and accuracy of a batch of class probabilities (or logits) against
// integer labels. Labels below 0 are ignored (padding in token classification).
// Class weights follow Keras: each example's loss is multiplied by its class's
// weight and the batch loss is the mean over the (non-ignored) examples.
import { tf } from '../tf';

export interface LossConfig {
  /** One weight per class, or null. */
  classWeights: tf.Tensor1D | null;
  /** The model outputs logits rather than probabilities. */
  fromLogits: boolean;
  /**
   * The output [batch, length, k] scores positions for k targets (question answering's start
   * and end): each target is a softmax over the positions, labels [batch, k] are positions.
   */
  positions?: boolean;
}

export interface BatchLoss {
  loss: tf.Scalar;
  correct: tf.Scalar;
  count: tf.Scalar;
}

const EPSILON = 1e-7;

/** `out` is [..., classes] (or [..., 1] for a sigmoid), `labels` int32 of the leading shape. */
export function batchLoss(scores: tf.Tensor, labels: tf.Tensor, config: LossConfig): BatchLoss {
  const out = config.positions ? tf.transpose(scores, [0, 2, 1]) : scores;
  const classes = out.shape[out.shape.length - 1];
  const probs = out.reshape([-1, classes]);
  const y = labels.reshape([-1]);
  const valid = y.greaterEqual(0).cast('float32');
  const yc = y.maximum(0).cast('int32');
  let perExample: tf.Tensor1D;
  let predicted: tf.Tensor1D;
  if (classes === 1) {
    const p = (config.fromLogits ? probs.sigmoid() : probs).reshape([-1]).clipByValue(EPSILON, 1 - EPSILON);
    const yf = yc.cast('float32');
    perExample = yf.mul(p.log()).add(tf.scalar(1).sub(yf).mul(tf.scalar(1).sub(p).log())).neg() as tf.Tensor1D;
    predicted = p.greater(0.5).cast('int32') as tf.Tensor1D;
  } else {
    const logp = config.fromLogits ? tf.logSoftmax(probs) : probs.clipByValue(EPSILON, 1).log();
    perExample = tf.oneHot(yc, classes).mul(logp).sum(-1).neg() as tf.Tensor1D;
    predicted = probs.argMax(-1) as tf.Tensor1D;
  }
  const weights = config.classWeights ? tf.gather(config.classWeights, yc).mul(valid) : valid;
  const count = valid.sum() as tf.Scalar;
  const loss = perExample.mul(weights).sum().div(count.maximum(1)) as tf.Scalar;
  const correct = predicted.equal(yc).cast('float32').mul(valid).sum() as tf.Scalar;
  return { loss, correct, count };
}
