// A loaded BERT-family checkpoint: the base tl.classifier() / tl.tokenClassifier() build on.
import { promises as fs } from 'fs';
import * as path from 'path';
import type { tf } from '../../tf';
import type { EncoderBase } from '../heads/types';
import { headKindOf, parseConfig, type ArchConfig, type HeadKind } from './config';
import { buildEncoderModel, encoderWeightNames, type SentencePooling } from './encoder';
import { HuggingFaceError } from './errors';
import { BASE_PREFIX } from './names';
import { readCheckpointTensors, type TensorMap } from './safetensors';
import { loadTokenizer, type HuggingFaceTokenizer } from './tokenizer';
import { assignWeights } from './weights';

export class HuggingFaceBase implements EncoderBase {
  readonly maxLength: number;
  /** sentence-transformers' pooling, when the folder is one (then the non-sequence encoder ends in it). */
  sentencePooling: SentencePooling | undefined;

  constructor(
    readonly name: string,
    readonly dir: string,
    readonly arch: ArchConfig,
    /** The head config.json's `architectures` names ('base' for a bare encoder). */
    readonly head: HeadKind,
    readonly tensors: TensorMap,
    readonly tokenizer: HuggingFaceTokenizer,
  ) {
    // RoBERTa's positions start after padding_idx, so two of its table rows are never used.
    const offset = arch.modelType === 'roberta' || arch.modelType === 'xlm-roberta' ? arch.padTokenId + 1 : 0;
    this.maxLength = arch.maxPositions - offset;
  }

  /** The tensor names' prefix in this checkpoint: 'bert.' (head classes, MaskedLM...) or '' (a bare BertModel). */
  get prefix(): string {
    const prefix = BASE_PREFIX[this.arch.modelType];
    return this.tensors.has(`${prefix}embeddings.word_embeddings.weight`) ? prefix : '';
  }

  buildEncoder(options: { sequence?: boolean } = {}): tf.LayersModel {
    const encoder = buildEncoderModel(this.arch, this.tokenizer.padId, options.sequence === true, this.sentencePooling, this.tokenizer.sepId);
    const file = path.join(this.dir, 'model.safetensors');
    try {
      for (const { layer, names, required } of encoderWeightNames(encoder, this.arch, this.head, this.prefix)) {
        if (names) assignWeights(layer.namedWeights(), names, this.tensors, file, required);
      }
    } catch (error) {
      encoder.dispose();
      throw error;
    }
    return encoder;
  }
}

/** Reads a save_pretrained folder: config.json, the safetensors weights, the tokenizer. */
export async function loadHuggingFaceBase(dir: string, name = dir): Promise<HuggingFaceBase> {
  const configFile = path.join(dir, 'config.json');
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(await fs.readFile(configFile, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new HuggingFaceError(
      'BAD_CONFIG',
      configFile,
      missing ? `the folder ${dir} has no config.json.` : `config.json is not JSON (${(error as Error).message}).`,
      'point at a folder written by save_pretrained() (config.json, model.safetensors, tokenizer.json).',
    );
  }
  const arch = parseConfig(raw, configFile);
  const head = headKindOf(raw, configFile);
  const tokenizer = await loadTokenizer(dir);
  // The model masks the tokenizer's pad id (and RoBERTa counts positions from it): it is the one that matters.
  arch.padTokenId = tokenizer.padId;
  const tensors = await readCheckpointTensors(dir);
  return new HuggingFaceBase(name, dir, arch, head, tensors, tokenizer);
}
