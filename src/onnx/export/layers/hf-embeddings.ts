// HfEmbeddings as ONNX: word + position (+ token type) embeddings, LayerNorm with the
// config's eps, ELECTRA's projection. The padding mask comes from the attention_mask
// input (the tfjs layer derives it from the pad id; the tokenizer pads with it, so they
// agree); token types come from the token_type_ids input where the table has 2+ rows.
import type { HfEmbeddings } from '../../../models/huggingface/layers/embeddings';
import { useInput, weightArray, type ExportContext, type LayerConverter } from '../flow';
import { ATTENTION_MASK, TOKEN_TYPE_IDS } from '../io-names';
import { linear } from './hf-ops';

/** Large negative logit for padding keys: their softmax weight is exactly 0, as in the tfjs layer. */
const PADDING_BIAS = -1e9;

export const convertHfEmbeddings: LayerConverter = (layer, _flow, ctx) => {
  const emb = layer as HfEmbeddings;
  const { padId, paddingAwarePositions, maxPositions, typeVocabSize, layerNormEps } = emb.args;
  const g = ctx.graph;
  const vars = emb.namedWeights();
  const param = (part: string) => {
    const w = weightArray(layer.name, vars.get(part)!);
    return g.weight(`${layer.name}.${part}`, w.data, w.shape);
  };
  const maskInt = useInput(ctx, ATTENTION_MASK);
  let x = g.op('Gather', [param('word'), ctx.ids], { axis: 0 }, `${layer.name}.word`);
  x = g.op('Add', [x, g.op('Gather', [param('position'), positions(ctx, maskInt, paddingAwarePositions, padId, maxPositions)], { axis: 0 }, `${layer.name}.position`)]);
  if (typeVocabSize >= 2) x = g.op('Add', [x, g.op('Gather', [param('token_type'), useInput(ctx, TOKEN_TYPE_IDS)], { axis: 0 }, `${layer.name}.token_type`)]);
  else if (typeVocabSize === 1) {
    const row = weightArray(layer.name, vars.get('token_type')!);
    x = g.op('Add', [x, g.weight(`${layer.name}.token_type_0`, row.data, [row.shape[1]])]);
  }
  x = g.op('LayerNormalization', [x, param('ln_gamma'), param('ln_beta')], { axis: -1, epsilon: { float: layerNormEps } }, `${layer.name}.ln`);
  if (vars.has('project_kernel')) x = linear(g, x, param('project_kernel'), param('project_bias'), `${layer.name}.project`);
  const maskF = g.op('Cast', [maskInt], { to: 1 }, 'mask_float');
  const mask = g.op('Unsqueeze', [maskF, g.int64([2])], {}, 'mask3');
  const keys = g.op('Unsqueeze', [maskF, g.int64([1, 2])], {}, 'key_mask');
  const keyBias = g.op('Mul', [g.op('Sub', [g.float(1), keys]), g.float(PADDING_BIAS)], {}, 'key_bias');
  return { x, rank: 3, mask, keyBias };
};

/**
 * Position ids, clamped to the table as the tfjs layer does: 0, 1, 2... ([length]), or
 * RoBERTa's count of non-padding tokens from padId + 1 ([batch, length]).
 */
function positions(ctx: ExportContext, maskInt: string, paddingAware: boolean, padId: number, maxPositions: number): string {
  const g = ctx.graph;
  let ids: string;
  if (paddingAware) {
    const counted = g.op('Mul', [g.op('CumSum', [maskInt, g.int64(1)], {}, 'position_count'), maskInt]);
    ids = g.op('Add', [counted, g.int64(padId)]);
  } else {
    const length = g.op('Gather', [g.op('Shape', [ctx.ids]), g.int64(1)], { axis: 0 }, 'length');
    ids = g.op('Range', [g.int64(0), length, g.int64(1)], {}, 'position_range');
  }
  return g.op('Min', [ids, g.int64(maxPositions - 1)], {}, 'position_ids');
}
