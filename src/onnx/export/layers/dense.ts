// tf.layers.dense: Gemm on [batch, in] (bias and, for relu, the activation fused
// by onnxruntime), MatMul + Add on [batch, length, in]; then the activation.
import type { tf } from '../../../tf';
import { weightsOf, type LayerConverter } from '../flow';

const ACTIVATIONS: Record<string, string | undefined> = { relu: 'Relu', tanh: 'Tanh', sigmoid: 'Sigmoid', softmax: 'Softmax', elu: 'Elu' };

export const convertDense: LayerConverter = (layer, flow, { graph: g }) => {
  const config = layer.getConfig() as { activation?: string; useBias?: boolean };
  const activation = config.activation ?? 'linear';
  if (activation !== 'linear' && !ACTIVATIONS[activation]) {
    throw new Error(
      `ONNX export: layer '${layer.name}' (class Dense) uses activation '${activation}', which has no ONNX mapping here ` +
        `(accepted: linear, ${Object.keys(ACTIVATIONS).join(', ')}).`,
    );
  }
  const [kernel, bias] = weightsOf(layer as tf.layers.Layer);
  const w = g.weight(`${layer.name}.kernel`, kernel.data, kernel.shape);
  const b = bias && config.useBias !== false ? g.weight(`${layer.name}.bias`, bias.data, bias.shape) : undefined;
  let x: string;
  if (flow.rank === 2) {
    x = g.op('Gemm', b ? [flow.x, w, b] : [flow.x, w], {}, layer.name);
  } else {
    x = g.op('MatMul', [flow.x, w], {}, layer.name);
    if (b) x = g.op('Add', [x, b], {}, `${layer.name}.bias_add`);
  }
  if (activation !== 'linear') x = g.op(ACTIVATIONS[activation] as string, [x], activation === 'softmax' ? { axis: -1 } : {}, `${layer.name}.${activation}`);
  return { ...flow, x };
};

/** Dropout is the identity at inference. */
export const convertDropout: LayerConverter = (_layer, flow) => flow;
