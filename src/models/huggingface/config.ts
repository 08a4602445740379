// config.json of a BERT-family checkpoint -> the architecture settings our layers use.
import { HuggingFaceError } from './errors';
import { SEQ2SEQ_TYPES } from '../seq2seq/model-types';

export type ModelType = 'bert' | 'distilbert' | 'roberta' | 'xlm-roberta' | 'electra';
export const MODEL_TYPES: readonly ModelType[] = ['bert', 'distilbert', 'roberta', 'xlm-roberta', 'electra'];

export type HeadKind = 'base' | 'sequence-classification' | 'token-classification' | 'question-answering';

// Names without underscores: tfjs camel-cases string values in saved layer configs.
export type Activation = 'gelu' | 'geluTanh' | 'relu' | 'tanh';

export interface ArchConfig {
  modelType: ModelType;
  vocabSize: number;
  hiddenSize: number;
  /** ELECTRA's embedding width (projected to hiddenSize when it differs). */
  embeddingSize: number;
  layers: number;
  heads: number;
  intermediateSize: number;
  hiddenAct: Activation;
  maxPositions: number;
  /** 0 for DistilBERT (no token type embeddings). */
  typeVocabSize: number;
  layerNormEps: number;
  padTokenId: number;
  /** Dropout of the hidden states (the head's dropout unless the config names a classifier dropout). */
  dropout: number;
  classifierDropout: number;
  /** The raw config.json, written back with our changes on save. */
  raw: Record<string, unknown>;
}

const ARCH_SUFFIX: Record<string, HeadKind> = {
  ForSequenceClassification: 'sequence-classification',
  ForTokenClassification: 'token-classification',
  ForQuestionAnswering: 'question-answering',
  Model: 'base',
};

/** Prefix of HF class names per model type: BertForSequenceClassification, XLMRobertaModel... */
export const CLASS_PREFIX: Record<ModelType, string> = {
  bert: 'Bert',
  distilbert: 'DistilBert',
  roberta: 'Roberta',
  'xlm-roberta': 'XLMRoberta',
  electra: 'Electra',
};

function num(raw: Record<string, unknown>, key: string, fallback: number | undefined, file: string): number {
  const v = raw[key] ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new HuggingFaceError('BAD_CONFIG', file, `config.json lacks the number '${key}'.`, 'use the config.json that came with the checkpoint.');
  }
  return v;
}

function activation(value: unknown, file: string): Activation {
  const name = String(value ?? 'gelu');
  if (name === 'gelu' || name === 'relu' || name === 'tanh') return name;
  if (name === 'gelu_new' || name === 'gelu_pytorch_tanh' || name === 'gelu_fast') return 'geluTanh';
  throw new HuggingFaceError('BAD_CONFIG', file, `activation '${name}' is not supported.`, "supported: gelu, gelu_new, gelu_pytorch_tanh, relu, tanh.");
}

export function parseConfig(raw: Record<string, unknown>, file: string): ArchConfig {
  const modelType = String(raw.model_type ?? '') as ModelType;
  if (!MODEL_TYPES.includes(modelType)) {
    throw new HuggingFaceError(
      'UNSUPPORTED_MODEL_TYPE',
      file,
      `model_type '${String(raw.model_type)}' is not supported.`,
      `supported model types: encoders ${MODEL_TYPES.join(', ')}; encoder-decoders ${SEQ2SEQ_TYPES.join(', ')}.`,
    );
  }
  if (modelType === 'distilbert') {
    const dropout = num(raw, 'dropout', 0.1, file);
    return {
      modelType,
      vocabSize: num(raw, 'vocab_size', undefined, file),
      hiddenSize: num(raw, 'dim', undefined, file),
      embeddingSize: num(raw, 'dim', undefined, file),
      layers: num(raw, 'n_layers', undefined, file),
      heads: num(raw, 'n_heads', undefined, file),
      intermediateSize: num(raw, 'hidden_dim', undefined, file),
      hiddenAct: activation(raw.activation, file),
      maxPositions: num(raw, 'max_position_embeddings', 512, file),
      typeVocabSize: 0,
      layerNormEps: 1e-12, // fixed in DistilBERT's modules
      padTokenId: num(raw, 'pad_token_id', 0, file),
      dropout,
      classifierDropout: num(raw, 'seq_classif_dropout', 0.2, file),
      raw,
    };
  }
  const hiddenSize = num(raw, 'hidden_size', undefined, file);
  const dropout = num(raw, 'hidden_dropout_prob', 0.1, file);
  return {
    modelType,
    vocabSize: num(raw, 'vocab_size', undefined, file),
    hiddenSize,
    embeddingSize: modelType === 'electra' ? num(raw, 'embedding_size', hiddenSize, file) : hiddenSize,
    layers: num(raw, 'num_hidden_layers', undefined, file),
    heads: num(raw, 'num_attention_heads', undefined, file),
    intermediateSize: num(raw, 'intermediate_size', undefined, file),
    hiddenAct: activation(raw.hidden_act, file),
    maxPositions: num(raw, 'max_position_embeddings', 512, file),
    typeVocabSize: num(raw, 'type_vocab_size', 2, file),
    layerNormEps: num(raw, 'layer_norm_eps', 1e-12, file),
    padTokenId: num(raw, 'pad_token_id', modelType === 'bert' || modelType === 'electra' ? 0 : 1, file),
    dropout,
    classifierDropout: typeof raw.classifier_dropout === 'number' ? raw.classifier_dropout : dropout,
    raw,
  };
}

/** The head a config's `architectures` names ('base' when none or a bare model). */
export function headKindOf(raw: Record<string, unknown>, file: string): HeadKind {
  const arch = Array.isArray(raw.architectures) ? String(raw.architectures[0] ?? '') : '';
  if (arch === '') return 'base';
  for (const [suffix, kind] of Object.entries(ARCH_SUFFIX)) if (arch.endsWith(suffix)) return kind;
  // Pre-training heads (BertForMaskedLM, ElectraForPreTraining...): the encoder is what transfers.
  if (/For(MaskedLM|PreTraining|CausalLM)$/.test(arch)) return 'base';
  throw new HuggingFaceError(
    'UNSUPPORTED_MODEL_TYPE',
    file,
    `architecture '${arch}' is not supported.`,
    'supported heads: ForSequenceClassification, ForTokenClassification, ForQuestionAnswering, or a base model (Model, ForMaskedLM, ForPreTraining).',
  );
}

/** id2label as an ordered list (LABEL_0, LABEL_1... when absent). */
export function labelsOf(raw: Record<string, unknown>, fallbackCount = 2): string[] {
  const id2label = raw.id2label as Record<string, string> | undefined;
  if (id2label && typeof id2label === 'object') {
    const ids = Object.keys(id2label).map(Number).sort((a, b) => a - b);
    return ids.map((id) => String(id2label[String(id)]));
  }
  const n = typeof raw.num_labels === 'number' ? raw.num_labels : fallbackCount;
  return Array.from({ length: n }, (_, i) => `LABEL_${i}`);
}
