// config.json of a T5 or BART checkpoint -> the settings our encoder-decoder layers use.
import { HuggingFaceError } from '../huggingface/errors';
import { MODEL_TYPES } from '../huggingface/config';

import { SEQ2SEQ_TYPES, type Seq2SeqType } from './model-types';

export { SEQ2SEQ_TYPES, type Seq2SeqType };

/** Names without underscores: tfjs camel-cases string values in saved layer configs. */
export type Seq2SeqActivation = 'relu' | 'gelu' | 'geluTanh' | 'silu';

export interface Seq2SeqConfig {
  /** 't5' covers t5 / flan-t5 / mt5 (one architecture); 'bart' covers bart and distilbart. */
  style: 't5' | 'bart';
  modelType: Seq2SeqType;
  vocabSize: number;
  dModel: number;
  heads: number;
  /** Per-head width: T5's d_kv (may differ from dModel / heads); BART's dModel / heads. */
  headDim: number;
  dFF: number;
  encoderLayers: number;
  decoderLayers: number;
  activation: Seq2SeqActivation;
  /** T5 v1.1 / flan / mT5: the feed-forward is act(wi_0 x) * wi_1 x. */
  gated: boolean;
  eps: number;
  dropout: number;
  attentionDropout: number;
  activationDropout: number;
  /** T5: relative position buckets. */
  numBuckets: number;
  maxDistance: number;
  /** BART: learned positions (the table has maxPositions + 2 rows: HF's offset of 2). */
  maxPositions: number;
  /** BART: embeddings times sqrt(d_model). */
  scaleEmbedding: boolean;
  /** lm_head is the shared embedding (T5: then the decoder output is scaled by d_model^-0.5). */
  tieWordEmbeddings: boolean;
  padTokenId: number;
  eosTokenId: number;
  decoderStartTokenId: number;
  forcedBosTokenId: number | undefined;
  forcedEosTokenId: number | undefined;
  /** The raw config.json, written back on save. */
  raw: Record<string, unknown>;
}

function num(raw: Record<string, unknown>, key: string, fallback: number | undefined, file: string): number {
  const v = raw[key] ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new HuggingFaceError('BAD_CONFIG', file, `config.json lacks the number '${key}'.`, 'use the config.json that came with the checkpoint.');
  }
  return v;
}

const optionalId = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

function act(name: string, file: string): Seq2SeqActivation {
  if (name === 'relu') return 'relu';
  if (name === 'gelu') return 'gelu';
  if (name === 'gelu_new' || name === 'gelu_pytorch_tanh' || name === 'gelu_fast') return 'geluTanh';
  if (name === 'silu' || name === 'swish') return 'silu';
  throw new HuggingFaceError('BAD_CONFIG', file, `activation '${name}' is not supported.`, 'supported: relu, gelu, gelu_new, gelu_pytorch_tanh, silu (T5: feed_forward_proj "relu", "gated-gelu", "gated-silu").');
}

/** True for a model_type this module implements. */
export function isSeq2SeqType(value: unknown): value is Seq2SeqType {
  return SEQ2SEQ_TYPES.includes(value as Seq2SeqType);
}

export function parseSeq2SeqConfig(raw: Record<string, unknown>, file: string): Seq2SeqConfig {
  const modelType = raw.model_type;
  if (!isSeq2SeqType(modelType)) {
    throw new HuggingFaceError(
      'UNSUPPORTED_MODEL_TYPE',
      file,
      `model_type '${String(modelType)}' is not supported.`,
      `supported model types: encoders ${MODEL_TYPES.join(', ')}; encoder-decoders ${SEQ2SEQ_TYPES.join(', ')}.`,
    );
  }
  if (modelType === 'bart') {
    const dModel = num(raw, 'd_model', undefined, file);
    const heads = num(raw, 'encoder_attention_heads', undefined, file);
    if (num(raw, 'decoder_attention_heads', heads, file) !== heads || num(raw, 'decoder_ffn_dim', num(raw, 'encoder_ffn_dim', undefined, file), file) !== num(raw, 'encoder_ffn_dim', undefined, file)) {
      throw new HuggingFaceError('BAD_CONFIG', file, 'encoder and decoder differ in attention heads or ffn_dim.', 'this build supports BART checkpoints whose encoder and decoder have the same widths.');
    }
    if (raw.add_final_layer_norm === true || raw.normalize_before === true) {
      throw new HuggingFaceError('UNSUPPORTED_MODEL_TYPE', file, 'pre-norm BART variants (normalize_before / add_final_layer_norm, mBART) are not supported.', 'use a bart / distilbart checkpoint.');
    }
    const eos = num(raw, 'eos_token_id', 2, file);
    return {
      style: 'bart',
      modelType,
      vocabSize: num(raw, 'vocab_size', undefined, file),
      dModel,
      heads,
      headDim: dModel / heads,
      dFF: num(raw, 'encoder_ffn_dim', undefined, file),
      encoderLayers: num(raw, 'encoder_layers', undefined, file),
      decoderLayers: num(raw, 'decoder_layers', undefined, file),
      activation: act(String(raw.activation_function ?? 'gelu'), file),
      gated: false,
      eps: 1e-5, // fixed in BART's modules
      dropout: num(raw, 'dropout', 0.1, file),
      attentionDropout: num(raw, 'attention_dropout', 0, file),
      activationDropout: num(raw, 'activation_dropout', 0, file),
      numBuckets: 0,
      maxDistance: 0,
      maxPositions: num(raw, 'max_position_embeddings', 1024, file),
      scaleEmbedding: raw.scale_embedding === true,
      tieWordEmbeddings: raw.tie_word_embeddings !== false,
      padTokenId: num(raw, 'pad_token_id', 1, file),
      eosTokenId: eos,
      decoderStartTokenId: num(raw, 'decoder_start_token_id', eos, file),
      forcedBosTokenId: optionalId(raw.forced_bos_token_id),
      forcedEosTokenId: optionalId(raw.forced_eos_token_id),
      raw,
    };
  }
  // T5 family. feed_forward_proj: 'relu' (t5 v1.0) or 'gated-gelu' (v1.1, flan, mT5).
  const proj = String(raw.feed_forward_proj ?? 'relu');
  const gated = proj.startsWith('gated-');
  const actName = gated ? proj.slice('gated-'.length) : proj;
  const dModel = num(raw, 'd_model', undefined, file);
  const heads = num(raw, 'num_heads', undefined, file);
  const pad = num(raw, 'pad_token_id', 0, file);
  const dropout = num(raw, 'dropout_rate', 0.1, file);
  return {
    style: 't5',
    modelType,
    vocabSize: num(raw, 'vocab_size', undefined, file),
    dModel,
    heads,
    headDim: num(raw, 'd_kv', dModel / heads, file),
    dFF: num(raw, 'd_ff', undefined, file),
    encoderLayers: num(raw, 'num_layers', undefined, file),
    decoderLayers: num(raw, 'num_decoder_layers', num(raw, 'num_layers', undefined, file), file),
    // HF maps 'gated-gelu' to gelu_new (the tanh form).
    activation: gated && actName === 'gelu' ? 'geluTanh' : act(actName, file),
    gated,
    eps: num(raw, 'layer_norm_epsilon', 1e-6, file),
    dropout,
    attentionDropout: dropout,
    activationDropout: dropout,
    numBuckets: num(raw, 'relative_attention_num_buckets', 32, file),
    maxDistance: num(raw, 'relative_attention_max_distance', 128, file),
    maxPositions: 0,
    scaleEmbedding: false,
    tieWordEmbeddings: raw.tie_word_embeddings !== false,
    padTokenId: pad,
    eosTokenId: num(raw, 'eos_token_id', 1, file),
    decoderStartTokenId: num(raw, 'decoder_start_token_id', pad, file),
    forcedBosTokenId: undefined,
    forcedEosTokenId: undefined,
    raw,
  };
}
