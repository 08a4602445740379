// USE-lite's custom layers, and their registration for deserializing saved topologies.
import { tf } from '../../../tf';
import { UseLiteEmbedding } from './embedding';
import { UseLiteL2Normalize } from './l2-normalize';
import { UseLiteMeanPooling } from './pooling';
import { UseLiteTokenStates } from './token-states';
import { UseLiteTransformerBlock } from './transformer-block';

export { UseLiteEmbedding, type UseLiteEmbeddingArgs } from './embedding';
export { UseLiteTransformerBlock, type UseLiteTransformerBlockArgs } from './transformer-block';
export { UseLiteMeanPooling } from './pooling';
export { UseLiteTokenStates } from './token-states';
export { UseLiteL2Normalize } from './l2-normalize';

/** Lets tf.loadLayersModel rebuild topologies that name USE-lite's layers; registering again is harmless. */
export function registerUseLiteLayers(): void {
  for (const layer of [UseLiteEmbedding, UseLiteTransformerBlock, UseLiteMeanPooling, UseLiteTokenStates, UseLiteL2Normalize]) {
    tf.serialization.registerClass(layer);
  }
}
