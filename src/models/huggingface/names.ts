// Hugging Face's state-dict names for our layers' weights, per family. Our dense
// kernels are [in, out]; torch Linear weights are [out, in], hence `transpose`.
import type { HeadKind, ModelType } from './config';

export interface HfName {
  name: string;
  transpose: boolean;
}

/** The attribute holding the encoder in HF's head classes (XLM-R reuses RoBERTa's). */
export const BASE_PREFIX: Record<ModelType, string> = {
  bert: 'bert.',
  distilbert: 'distilbert.',
  roberta: 'roberta.',
  'xlm-roberta': 'roberta.',
  electra: 'electra.',
};

const linear = (module: string): Record<string, HfName> => ({
  kernel: { name: `${module}.weight`, transpose: true },
  bias: { name: `${module}.bias`, transpose: false },
});

const norm = (module: string): Record<string, HfName> => ({
  gamma: { name: `${module}.weight`, transpose: false },
  beta: { name: `${module}.bias`, transpose: false },
});

function prefixed(prefix: string, parts: Record<string, Record<string, HfName>>): Map<string, HfName> {
  const out = new Map<string, HfName>();
  for (const [local, group] of Object.entries(parts)) {
    for (const [suffix, hf] of Object.entries(group)) out.set(`${local}_${suffix}`, { ...hf, name: prefix + hf.name });
  }
  return out;
}

/** Local weight name -> HF name, for the 'embeddings' layer. `prefix` is BASE_PREFIX or ''. */
export function embeddingNames(type: ModelType, prefix: string): Map<string, HfName> {
  const out = prefixed(prefix, { ln: norm('embeddings.LayerNorm') });
  const table = (name: string) => ({ name: `${prefix}embeddings.${name}.weight`, transpose: false });
  out.set('word', table('word_embeddings'));
  out.set('position', table('position_embeddings'));
  if (type !== 'distilbert') out.set('token_type', table('token_type_embeddings'));
  if (type === 'electra') {
    for (const [k, v] of prefixed(prefix, { project: linear('embeddings_project') })) out.set(k, v);
  }
  return out;
}

/** Local weight name -> HF name, for 'layer_i'. */
export function layerNames(type: ModelType, prefix: string, i: number): Map<string, HfName> {
  if (type === 'distilbert') {
    const p = `transformer.layer.${i}.`;
    return prefixed(prefix, {
      query: linear(`${p}attention.q_lin`),
      key: linear(`${p}attention.k_lin`),
      value: linear(`${p}attention.v_lin`),
      attn_out: linear(`${p}attention.out_lin`),
      attn_ln: norm(`${p}sa_layer_norm`),
      ffn_in: linear(`${p}ffn.lin1`),
      ffn_out: linear(`${p}ffn.lin2`),
      out_ln: norm(`${p}output_layer_norm`),
    });
  }
  const p = `encoder.layer.${i}.`;
  return prefixed(prefix, {
    query: linear(`${p}attention.self.query`),
    key: linear(`${p}attention.self.key`),
    value: linear(`${p}attention.self.value`),
    attn_out: linear(`${p}attention.output.dense`),
    attn_ln: norm(`${p}attention.output.LayerNorm`),
    ffn_in: linear(`${p}intermediate.dense`),
    ffn_out: linear(`${p}output.dense`),
    out_ln: norm(`${p}output.LayerNorm`),
  });
}

/**
 * Names of the 'pooler' layer's weights: in a sequence classifier the first part of the
 * head (BERT's pooler, DistilBERT's pre_classifier, RoBERTa's/ELECTRA's classifier.dense);
 * in a base checkpoint BERT's pooler (undefined where a fresh head starts untrained).
 */
export function poolerNames(type: ModelType, head: HeadKind, prefix: string): Map<string, HfName> | undefined {
  const map = (module: string) => new Map(Object.entries(linear(module)));
  if (head === 'sequence-classification') {
    if (type === 'bert') return map(`${prefix}pooler.dense`);
    if (type === 'distilbert') return map('pre_classifier');
    return map('classifier.dense');
  }
  // Only BERT's head reuses the pre-trained pooler; the others start their head's dense layer fresh, as HF does.
  if (head === 'base' && type === 'bert') return map(`${prefix}pooler.dense`);
  return undefined;
}

/** Names of the head's output projection. */
export function outputNames(type: ModelType, head: HeadKind): Map<string, HfName> {
  const module =
    head === 'question-answering'
      ? 'qa_outputs'
      : head === 'sequence-classification' && type !== 'bert' && type !== 'distilbert'
        ? 'classifier.out_proj'
        : 'classifier';
  return new Map(Object.entries(linear(module)));
}
