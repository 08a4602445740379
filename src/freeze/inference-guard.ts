// Keras semantics for frozen layers: a frozen BatchNormalization uses its moving
// statistics and leaves them alone, a frozen Dropout passes inputs through, even
// while the model trains. tfjs only looks at the `training` flag (a frozen BN
// would still normalize by batch statistics and update its moving mean and
// variance), so frozen layers get `training: false` whatever fit() passes.
import type { tf } from '../tf';
import type { LayerNode } from './layer-tree';

const GUARDED = Symbol.for('transferlab.inferenceWhenFrozen');

type CallFn = (inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>) => tf.Tensor | tf.Tensor[];

/** Makes the layer run in inference mode whenever it (or an enclosing nested model) is frozen. Idempotent. */
export function inferenceWhenFrozen(node: LayerNode): void {
  const layer = node.layer as unknown as { call: CallFn; trainable: boolean; [GUARDED]?: tf.layers.Layer[] };
  // Ancestors are refreshed each time: the same layer may have been nested anew.
  const alreadyGuarded = layer[GUARDED] !== undefined;
  layer[GUARDED] = node.ancestors;
  if (alreadyGuarded) return;
  const call = layer.call.bind(layer);
  layer.call = (inputs, kwargs) => {
    const frozen = !layer.trainable || (layer[GUARDED] ?? []).some((a) => !a.trainable);
    return call(inputs, frozen ? { ...kwargs, training: false } : kwargs);
  };
}
