// Each layer's weights: our local name, Hugging Face's state-dict name, shape and layout.
// Our kernels are [in, out]; torch Linear weights are [out, in], hence `transpose`.
import type { Seq2SeqConfig } from './config';

export interface WeightSpec {
  local: string;
  hf: string;
  /** Our shape. */
  shape: number[];
  transpose: boolean;
  init: 'normal' | 'ones' | 'zeros';
}

type Part = 'encoder' | 'decoder';

function linear(local: string, hf: string, from: number, to: number, bias: boolean): WeightSpec[] {
  const out: WeightSpec[] = [{ local: `${local}_kernel`, hf: `${hf}.weight`, shape: [from, to], transpose: true, init: 'normal' }];
  if (bias) out.push({ local: `${local}_bias`, hf: `${hf}.bias`, shape: [to], transpose: false, init: 'zeros' });
  return out;
}

function norm(local: string, hf: string, d: number, bias: boolean): WeightSpec[] {
  const out: WeightSpec[] = [{ local: `${local}_gamma`, hf: `${hf}.weight`, shape: [d], transpose: false, init: 'ones' }];
  if (bias) out.push({ local: `${local}_beta`, hf: `${hf}.bias`, shape: [d], transpose: false, init: 'zeros' });
  return out;
}

/** The weights of encoder or decoder block `i`. */
export function blockSpecs(cfg: Seq2SeqConfig, part: Part, i: number): WeightSpec[] {
  const { dModel: d, dFF: ff } = cfg;
  const inner = cfg.heads * cfg.headDim;
  const decoder = part === 'decoder';
  if (cfg.style === 't5') {
    const p = `${part}.block.${i}.layer.`;
    const attn = (local: string, hf: string) => [
      ...linear(`${local}_q`, `${hf}.q`, d, inner, false),
      ...linear(`${local}_k`, `${hf}.k`, d, inner, false),
      ...linear(`${local}_v`, `${hf}.v`, d, inner, false),
      ...linear(`${local}_o`, `${hf}.o`, inner, d, false),
    ];
    const ffnAt = decoder ? 2 : 1;
    const ffn = cfg.gated
      ? [...linear('wi_0', `${p}${ffnAt}.DenseReluDense.wi_0`, d, ff, false), ...linear('wi_1', `${p}${ffnAt}.DenseReluDense.wi_1`, d, ff, false)]
      : linear('wi', `${p}${ffnAt}.DenseReluDense.wi`, d, ff, false);
    return [
      ...attn('self', `${p}0.SelfAttention`),
      ...norm('self_ln', `${p}0.layer_norm`, d, false),
      ...(decoder ? [...attn('cross', `${p}1.EncDecAttention`), ...norm('cross_ln', `${p}1.layer_norm`, d, false)] : []),
      ...ffn,
      ...linear('wo', `${p}${ffnAt}.DenseReluDense.wo`, ff, d, false),
      ...norm('ffn_ln', `${p}${ffnAt}.layer_norm`, d, false),
    ];
  }
  const p = `model.${part}.layers.${i}.`;
  const attn = (local: string, hf: string) => [
    ...linear(`${local}_q`, `${p}${hf}.q_proj`, d, d, true),
    ...linear(`${local}_k`, `${p}${hf}.k_proj`, d, d, true),
    ...linear(`${local}_v`, `${p}${hf}.v_proj`, d, d, true),
    ...linear(`${local}_o`, `${p}${hf}.out_proj`, d, d, true),
  ];
  return [
    ...attn('self', 'self_attn'),
    ...norm('self_ln', `${p}self_attn_layer_norm`, d, true),
    ...(decoder ? [...attn('cross', 'encoder_attn'), ...norm('cross_ln', `${p}encoder_attn_layer_norm`, d, true)] : []),
    ...linear('fc1', `${p}fc1`, d, ff, true),
    ...linear('fc2', `${p}fc2`, ff, d, true),
    ...norm('ffn_ln', `${p}final_layer_norm`, d, true),
  ];
}

/** The shared token embedding (T5 'shared.weight', BART 'model.shared.weight'). */
export function sharedSpecs(cfg: Seq2SeqConfig): WeightSpec[] {
  return [{ local: 'weight', hf: cfg.style === 't5' ? 'shared.weight' : 'model.shared.weight', shape: [cfg.vocabSize, cfg.dModel], transpose: false, init: 'normal' }];
}

/** Names an older or differently tied checkpoint may hold the shared embedding under. */
export function sharedAliases(cfg: Seq2SeqConfig): string[] {
  return cfg.style === 't5'
    ? ['encoder.embed_tokens.weight', 'decoder.embed_tokens.weight', 'lm_head.weight']
    : ['model.encoder.embed_tokens.weight', 'model.decoder.embed_tokens.weight', 'lm_head.weight'];
}

/** BART's learned positions (offset 2) and layernorm_embedding of the encoder or decoder. */
export function bartEmbedSpecs(cfg: Seq2SeqConfig, part: Part): WeightSpec[] {
  return [
    { local: 'positions', hf: `model.${part}.embed_positions.weight`, shape: [cfg.maxPositions + 2, cfg.dModel], transpose: false, init: 'normal' },
    ...norm('ln', `model.${part}.layernorm_embedding`, cfg.dModel, true),
  ];
}

/** T5's relative attention bias table, owned by block 0 of the encoder or decoder. */
export function positionBiasSpecs(cfg: Seq2SeqConfig, part: Part): WeightSpec[] {
  return [{ local: 'table', hf: `${part}.block.0.layer.0.SelfAttention.relative_attention_bias.weight`, shape: [cfg.numBuckets, cfg.heads], transpose: false, init: 'normal' }];
}

export function finalNormSpecs(cfg: Seq2SeqConfig, part: Part): WeightSpec[] {
  return norm('ln', `${part}.final_layer_norm`, cfg.dModel, false);
}

/** lm_head's own weights: its matrix when not tied (kept [vocab, d] like torch), BART's final_logits_bias. */
export function lmHeadSpecs(cfg: Seq2SeqConfig): WeightSpec[] {
  const out: WeightSpec[] = [];
  if (!cfg.tieWordEmbeddings) out.push({ local: 'weight', hf: 'lm_head.weight', shape: [cfg.vocabSize, cfg.dModel], transpose: false, init: 'normal' });
  if (cfg.style === 'bart') out.push({ local: 'final_logits_bias', hf: 'final_logits_bias', shape: [1, cfg.vocabSize], transpose: false, init: 'zeros' });
  return out;
}
