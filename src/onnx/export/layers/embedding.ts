// The word-vector family's Keras Embedding: a Gather, id 0 masked when maskZero.
// Its pooling layers are masked-pooling.ts's.
import { padMask, weightsOf, type LayerConverter } from '../flow';

export const convertEmbedding: LayerConverter = (layer, _flow, ctx) => {
  const [table] = weightsOf(layer);
  const g = ctx.graph;
  const x = g.op('Gather', [g.weight(`${layer.name}.embeddings`, table.data, table.shape), ctx.ids], { axis: 0 }, layer.name);
  const { maskZero } = layer.getConfig() as { maskZero?: boolean };
  return { x, rank: 3, mask: maskZero ? padMask(ctx, 0) : undefined };
};
