// UseLiteEmbedding: 2 * table[id] + timing(position), zeroed at padding. The
// timing signal is a constant table sliced to the input's length, computed by
// the tfjs layer's own timingSignal(), so both paths add the same floats.
import { tf } from '../../../tf';
import { timingSignal, type UseLiteEmbedding } from '../../../models/use-lite/layers/embedding';
import { PADDING_BIAS } from '../../../models/use-lite/layers/transformer-block';
import { padMask, weightsOf, type ExportContext, type LayerConverter } from '../flow';

export const convertUseLiteEmbedding: LayerConverter = (layer, _flow, ctx) => {
  const { padId, dim } = layer as UseLiteEmbedding;
  const g = ctx.graph;
  const [table] = weightsOf(layer);
  const mask = padMask(ctx, padId);
  // Padding may use an id past the table: look it up as row 0, then mask it out (as the layer does).
  const safeIds = g.op('Where', [g.op('Equal', [ctx.ids, g.int64(padId)]), g.int64(0), ctx.ids], {}, 'safe_ids');
  const vectors = g.op('Gather', [g.weight(`${layer.name}.embeddings`, table.data, table.shape), safeIds], { axis: 0 }, layer.name);
  const timing = timingTable(ctx, layer.name, dim);
  const x = g.op('Mul', [g.op('Add', [g.op('Mul', [vectors, g.float(2)]), timing]), mask], {}, `${layer.name}.masked`);
  return { x, rank: 3, mask, keyBias: keyBiasOf(ctx, mask) };
};

function timingTable(ctx: ExportContext, name: string, dim: number): string {
  const g = ctx.graph;
  const signal = tf.tidy(() => timingSignal(ctx.maxPositions, dim));
  const table = g.weight(`${name}.timing`, signal.dataSync() as Float32Array, [ctx.maxPositions, dim]);
  signal.dispose();
  const length = g.op('Slice', [g.op('Shape', [ctx.ids]), g.int64([1]), g.int64([2])], {}, 'length');
  return g.op('Slice', [table, g.int64([0]), length, g.int64([0])], {}, `${name}.timing_slice`);
}

/** [batch, 1, 1, length]: PADDING_BIAS where the key is padding. */
function keyBiasOf(ctx: ExportContext, mask: string): string {
  const g = ctx.graph;
  const keys = g.op('Unsqueeze', [g.op('Transpose', [mask], { perm: [0, 2, 1] }), g.int64([1])], {}, 'key_mask');
  return g.op('Mul', [g.op('Sub', [g.float(1), keys]), g.float(PADDING_BIAS)], {}, 'key_bias');
}
