// HfTransformerLayer as ONNX: post-LayerNorm self-attention over non-padding keys, add &
// norm, feed-forward with the config's activation, add & norm, op for op as the tfjs
// layer's forward(). q, k and v run as one [hidden, 3 * hidden] product, split after.
import type { HfTransformerLayer } from '../../../models/huggingface/layers/transformer-layer';
import { weightArray, type LayerConverter } from '../flow';
import { attention, concatColumns } from './attention';
import { activate, linear } from './hf-ops';

export const convertHfTransformerLayer: LayerConverter = (layer, flow, { graph: g }) => {
  const block = layer as HfTransformerLayer;
  if (!flow.keyBias || flow.rank !== 3) throw new Error(`ONNX export: layer '${layer.name}' (class HfTransformerLayer) must follow an HfEmbeddings layer.`);
  const { hiddenSize: h, heads, hiddenAct, layerNormEps } = block.args;
  const vars = block.namedWeights();
  const value = (part: string) => weightArray(layer.name, vars.get(part)!);
  const name = (part: string) => `${layer.name}.${part}`;
  const param = (part: string) => {
    const w = value(part);
    return g.weight(name(part), w.data, w.shape);
  };
  const dense = (x: string, part: string) => linear(g, x, param(`${part}_kernel`), param(`${part}_bias`), name(part));
  const layerNorm = (x: string, part: string) =>
    g.op('LayerNormalization', [x, param(`${part}_gamma`), param(`${part}_beta`)], { axis: -1, epsilon: { float: layerNormEps } }, name(part));

  const x = flow.x;
  const qkvKernel = concatColumns(['query', 'key', 'value'].map((p) => value(`${p}_kernel`)));
  const qkvBias = concatColumns(['query', 'key', 'value'].map((p) => value(`${p}_bias`)));
  const qkv = linear(g, x, g.weight(name('qkv_kernel'), qkvKernel.data, qkvKernel.shape), g.weight(name('qkv_bias'), qkvBias.data, qkvBias.shape), name('qkv'));
  const [q, k, v] = g.opMulti('Split', [qkv, g.int64([h, h, h])], 3, { axis: -1 }, name('split'));
  const context = attention(g, name, { q, k, v, keyBias: flow.keyBias, heads, width: h });
  const attended = layerNorm(g.op('Add', [dense(context, 'attn_out'), x], {}, name('attention_residual')), 'attn_ln');
  const ffn = dense(activate(g, dense(attended, 'ffn_in'), hiddenAct, name('ffn_act')), 'ffn_out');
  return { ...flow, x: layerNorm(g.op('Add', [ffn, attended], {}, name('ffn_residual')), 'out_ln') };
};
