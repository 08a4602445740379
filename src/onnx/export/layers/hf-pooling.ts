// The ends of a Hugging Face encoder as ONNX: the pooler (first token, dense, the family's
// activation: BERT's tanh, DistilBERT's pre_classifier ReLU, ELECTRA's GELU), the token
// states, and sentence-transformers' mean / cls pooling with its optional normalisation.
import type { HfSentencePooling } from '../../../models/huggingface/layers/mean-pooling';
import type { HfPooler } from '../../../models/huggingface/layers/pooler';
import { weightArray, type Flow, type LayerConverter } from '../flow';
import type { GraphBuilder } from '../graph-builder';
import { activate } from './hf-ops';

/** The first token's ([CLS] / <s>) states, [batch, hidden]. */
function firstToken(g: GraphBuilder, flow: Flow, name: string): string {
  if (flow.rank !== 3) throw new Error(`ONNX export: layer '${name}' expects token states [batch, length, hidden].`);
  return g.op('Gather', [flow.x, g.int64(0)], { axis: 1 }, `${name}.first_token`);
}

export const convertHfPooler: LayerConverter = (layer, flow, { graph: g }) => {
  const pooler = layer as HfPooler;
  const vars = pooler.namedWeights();
  const [kernel, bias] = ['kernel', 'bias'].map((part) => {
    const w = weightArray(layer.name, vars.get(part)!);
    return g.weight(`${layer.name}.${part}`, w.data, w.shape);
  });
  const dense = g.op('Gemm', [firstToken(g, flow, layer.name), kernel, bias], {}, `${layer.name}.dense`);
  return { x: activate(g, dense, pooler.act, layer.name), rank: 2 };
};

/** HfSequenceOutput drops the mask channel the tfjs layers carry; the ONNX flow has none. */
export const convertHfSequenceOutput: LayerConverter = (_layer, flow) => flow;

export const convertHfSentencePooling: LayerConverter = (layer, flow, { graph: g }) => {
  const pooling = layer as HfSentencePooling;
  let x: string;
  if (pooling.mode === 'cls') x = firstToken(g, flow, layer.name);
  else {
    if (!flow.mask) throw new Error(`ONNX export: layer '${layer.name}' (class HfSentencePooling) must follow an HfEmbeddings layer.`);
    const axis = g.int64([1]);
    const sum = g.op('ReduceSum', [g.op('Mul', [flow.x, flow.mask]), axis], { keepdims: 0 }, `${layer.name}.sum`);
    // sentence-transformers clamps the token count at 1e-9.
    const count = g.op('Max', [g.op('ReduceSum', [flow.mask, axis], { keepdims: 0 }), g.float(1e-9)], {}, `${layer.name}.count`);
    x = g.op('Div', [sum, count], {}, `${layer.name}.mean`);
  }
  if (pooling.normalize) {
    // torch.nn.functional.normalize: x / max(||x||, 1e-12).
    const norm = g.op('Sqrt', [g.op('ReduceSumSquare', [x], { axes: [-1], keepdims: 1 })], {}, `${layer.name}.norm`);
    x = g.op('Div', [x, g.op('Max', [norm, g.float(1e-12)])], {}, `${layer.name}.normalized`);
  }
  return { x, rank: 2 };
};
