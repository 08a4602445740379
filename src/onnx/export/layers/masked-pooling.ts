// Masked means and masked token states: the pooling layers of the word-vector
// family and of USE-lite compute the same thing from the mask the embedding set.
import type { LayerConverter } from '../flow';

/** sum(x * mask) / max(count, 1) over positions; without a mask, the plain mean. */
export const convertMaskedMean: LayerConverter = (layer, flow, { graph: g }) => {
  const axis = g.int64([1]);
  if (!flow.mask) return { x: g.op('ReduceMean', [flow.x], { axes: [1], keepdims: 0 }, layer.name), rank: 2 };
  const sum = g.op('ReduceSum', [g.op('Mul', [flow.x, flow.mask], {}, `${layer.name}.masked`), axis], { keepdims: 0 }, `${layer.name}.sum`);
  const count = g.op('Max', [g.op('ReduceSum', [flow.mask, axis], { keepdims: 0 }, `${layer.name}.count`), g.float(1)], {}, `${layer.name}.count_min1`);
  return { x: g.op('Div', [sum, count], {}, layer.name), rank: 2 };
};

/** Token vectors with padding zeroed. */
export const convertMaskedTokens: LayerConverter = (layer, flow, { graph: g }) =>
  flow.mask ? { ...flow, x: g.op('Mul', [flow.x, flow.mask], {}, layer.name) } : flow;
