// The nested 'encoder' LayersModel of a BERT-family checkpoint: embeddings, layer_0 …
// layer_N, then 'pooler' ([batch, hidden]) or 'sequence_output' ([batch, length, hidden]).
import { tf } from '../../tf';
import type { Activation, ArchConfig, HeadKind } from './config';
import { HfEmbeddings } from './layers/embeddings';
import { HfSentencePooling } from './layers/mean-pooling';
import { HfPooler, HfSequenceOutput } from './layers/pooler';
import { HfTransformerLayer } from './layers/transformer-layer';
import type { NamedWeights } from './layers/ops';
import { embeddingNames, layerNames, poolerNames, type HfName } from './names';

/** The activation of each family's pooler / classification-head dense layer. */
export const POOLER_ACTIVATION: Record<ArchConfig['modelType'], Activation> = {
  bert: 'tanh',
  distilbert: 'relu',
  roberta: 'tanh',
  'xlm-roberta': 'tanh',
  electra: 'gelu',
};

/** sentence-transformers' pooling, which replaces the pooler of a non-sequence encoder. */
export interface SentencePooling {
  mode: 'mean' | 'cls';
  normalize: boolean;
}

export function buildEncoderModel(arch: ArchConfig, padId: number, sequence: boolean, sentencePooling?: SentencePooling, sepId?: number): tf.LayersModel {
  const ids = tf.input({ shape: [null], dtype: 'int32' });
  const paddingAware = arch.modelType === 'roberta' || arch.modelType === 'xlm-roberta';
  let x = new HfEmbeddings({
    name: 'embeddings',
    vocabSize: arch.vocabSize,
    embeddingSize: arch.embeddingSize,
    hiddenSize: arch.hiddenSize,
    maxPositions: arch.maxPositions,
    typeVocabSize: arch.typeVocabSize,
    layerNormEps: arch.layerNormEps,
    padId,
    ...(sepId !== undefined ? { sepId } : {}),
    paddingAwarePositions: paddingAware,
    dropout: arch.dropout,
    hfConfig: Buffer.from(JSON.stringify(arch.raw), 'utf8').toString('hex'),
  }).apply(ids) as tf.SymbolicTensor;
  for (let i = 0; i < arch.layers; i++) {
    x = new HfTransformerLayer({
      name: `layer_${i}`,
      hiddenSize: arch.hiddenSize,
      heads: arch.heads,
      intermediateSize: arch.intermediateSize,
      hiddenAct: arch.hiddenAct,
      layerNormEps: arch.layerNormEps,
      dropout: arch.dropout,
      attentionDropout: typeof arch.raw.attention_probs_dropout_prob === 'number' ? arch.raw.attention_probs_dropout_prob : typeof arch.raw.attention_dropout === 'number' ? arch.raw.attention_dropout : arch.dropout,
    }).apply(x) as tf.SymbolicTensor;
  }
  const last = sequence
    ? new HfSequenceOutput({ name: 'sequence_output', hiddenSize: arch.hiddenSize })
    : sentencePooling
      ? new HfSentencePooling({ name: 'pooling', hiddenSize: arch.hiddenSize, ...sentencePooling })
      : new HfPooler({ name: 'pooler', hiddenSize: arch.hiddenSize, activation: POOLER_ACTIVATION[arch.modelType] });
  return tf.model({ inputs: ids, outputs: last.apply(x) as tf.SymbolicTensor, name: 'encoder' });
}

/** Each weighted layer of an encoder with its HF names, for loading and saving. */
export function encoderWeightNames(encoder: tf.LayersModel, arch: ArchConfig, head: HeadKind, prefix: string): Array<{ layer: NamedWeights; names: Map<string, HfName> | undefined; required: boolean }> {
  const out: Array<{ layer: NamedWeights; names: Map<string, HfName> | undefined; required: boolean }> = [];
  for (const layer of encoder.layers) {
    if (layer instanceof HfEmbeddings) out.push({ layer, names: embeddingNames(arch.modelType, prefix), required: true });
    else if (layer instanceof HfTransformerLayer) {
      const i = Number(layer.name.replace(/^layer_/, ''));
      out.push({ layer, names: layerNames(arch.modelType, prefix, i), required: true });
    } else if (layer instanceof HfPooler) out.push({ layer, names: poolerNames(arch.modelType, head, prefix), required: false });
  }
  return out;
}
