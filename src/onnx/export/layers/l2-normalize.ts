// UseLiteL2Normalize: x / sqrt(max(sum(x^2), 1e-12)) along the last axis.
import type { LayerConverter } from '../flow';

export const convertL2Normalize: LayerConverter = (layer, flow, { graph: g }) => {
  // Opset 17's ReduceSumSquare takes its axes as an attribute (an input only from opset 18).
  const squares = g.op('ReduceSumSquare', [flow.x], { axes: [-1], keepdims: 1 }, `${layer.name}.sum_squares`);
  const norm = g.op('Sqrt', [g.op('Max', [squares, g.float(1e-12)])], {}, `${layer.name}.norm`);
  return { ...flow, x: g.op('Div', [flow.x, norm], {}, layer.name) };
};
