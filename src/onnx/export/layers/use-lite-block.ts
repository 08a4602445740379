// UseLiteTransformerBlock as ONNX: pre-norm multi-head self-attention and a
// ReLU feed-forward, op for op as the tfjs layer's forward(). Its q, k and v
// kernels become one [in, 3 * in] product, split after.
import type { UseLiteTransformerBlock } from '../../../models/use-lite/layers/transformer-block';
import { weightsOf, type LayerConverter, type WeightArray } from '../flow';
import { attention, concatColumns } from './attention';

export const convertUseLiteBlock: LayerConverter = (layer, flow, { graph: g }) => {
  const block = layer as UseLiteTransformerBlock;
  if (!flow.mask || !flow.keyBias) throw new Error(`ONNX export: layer '${layer.name}' (class UseLiteTransformerBlock) must follow a UseLiteEmbedding.`);
  const names = block.weightNames();
  const values = weightsOf(layer);
  const w: Record<string, WeightArray> = Object.fromEntries(names.map((n, i) => [n, values[i]]));
  const name = (part: string) => `${layer.name}.${part}`;
  const param = (part: string) => g.weight(name(part), w[part].data, w[part].shape);
  const dense = (x: string, kernel: string, bias: string, part: string) => g.op('Add', [g.op('MatMul', [x, kernel], {}, name(part)), bias], {}, name(`${part}_bias`));
  const layerNorm = (x: string, part: string) =>
    g.op('LayerNormalization', [x, param(`${part}_gamma`), param(`${part}_beta`)], { axis: -1, epsilon: { float: block.epsilon } }, name(part));

  const x = flow.x;
  const residual = block.inputDim === block.dim ? x : g.op('Mul', [dense(x, param('residual_kernel'), param('residual_bias'), 'residual'), flow.mask]);
  const normed1 = layerNorm(x, 'norm1');
  const qkvKernel = concatColumns([w.q_kernel, w.k_kernel, w.v_kernel]);
  const qkvBias = concatColumns([w.q_bias, w.k_bias, w.v_bias]);
  const qkv = dense(normed1, g.weight(name('qkv_kernel'), qkvKernel.data, qkvKernel.shape), g.weight(name('qkv_bias'), qkvBias.data, qkvBias.shape), 'qkv');
  const width = block.inputDim;
  const [q, k, v] = g.opMulti('Split', [qkv, g.int64([width, width, width])], 3, { axis: -1 }, name('split'));
  const context = attention(g, name, { q, k, v, keyBias: flow.keyBias, heads: block.heads, width });
  const afterAttention = g.op('Add', [dense(context, param('out_kernel'), param('out_bias'), 'out'), residual], {}, name('attention_residual'));
  const hidden = g.op('Relu', [dense(layerNorm(afterAttention, 'norm2'), param('ffn1_kernel'), param('ffn1_bias'), 'ffn1')], {}, name('ffn_relu'));
  const ffn = dense(hidden, param('ffn2_kernel'), param('ffn2_bias'), 'ffn2');
  const out = g.op('Add', [g.op('Mul', [ffn, flow.mask], {}, name('ffn_masked')), afterAttention], {}, layer.name);
  return { ...flow, x: out };
};
