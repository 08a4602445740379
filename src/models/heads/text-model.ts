// The TextModel returned by the heads, and rebuilt by deployment from saved parts.
import { tf } from '../../tf';
import type { Tokenizer } from '../../tokenizers/types';
import type { Prediction, TextModel, TextModelConfig } from '../types';
import { INFERENCE_CALL_COST, lengthBatches, padIds, runInChunks, runInLengthBatches } from '../batching';
import type { FastEncoder } from '../family';
import { fastEncoderFor } from '../family-registry';
import { checkTruncation, truncate } from './truncation';
import type { TokenSequencePrediction } from './types';
import { checkOptions } from '../../options';
import { BATCH_SPEC, TOKEN_PREDICT_SPEC } from '../option-specs';
import type { Aggregation } from './entity-grouping';
import { aggregationOf, tokenSequencePrediction } from './token-entities';

export class HeadedTextModel implements TextModel {
  readonly labels: string[];
  // The encoder's family's fast inference path, if it has one (USE-lite packs texts side by side); found on first use.
  private fast: { encoder: FastEncoder; head: tf.LayersModel } | null | undefined;

  constructor(
    readonly model: tf.LayersModel,
    readonly tokenizer: Tokenizer,
    readonly config: TextModelConfig,
  ) {
    this.labels = config.labels;
  }

  /** Token ids per text, truncated to maxLength as config.truncation says. */
  tokenIds(texts: string[], maxLength = this.config.maxLength): number[][] {
    if (!Array.isArray(texts)) throw new TypeError(`${this.model.name}: expected an array of strings.`);
    const truncation = checkTruncation(this.config.truncation, this.model.name);
    return texts.map((text, i) => {
      if (typeof text !== 'string') throw new TypeError(`${this.model.name}: texts[${i}] is ${typeof text}, expected a string.`);
      return truncate(this.tokenizer.encode(text), maxLength, truncation);
    });
  }

  encode(texts: string[], options: { maxLength?: number } = {}): tf.Tensor2D {
    return padIds(this.tokenIds(texts, options.maxLength ?? this.config.maxLength), this.tokenizer.padId);
  }

  async predict(texts: string[], options: { batchSize?: number; aggregation?: Aggregation } = {}): Promise<Prediction[]> {
    const tagging = this.config.task === 'token-classification';
    checkOptions('model.predict(texts, options)', 'options', options, tagging ? TOKEN_PREDICT_SPEC : BATCH_SPEC);
    const aggregation = tagging ? aggregationOf(options.aggregation, this.config, 'model.predict') : undefined;
    const ids = this.tokenIds(texts);
    if (ids.length === 0) return [];
    const batchSize = options.batchSize ?? 32;
    if (aggregation) return this.predictTokens(texts, ids, batchSize, aggregation);
    const fast = this.fastParts();
    const probs = fast
      ? runInChunks(ids, batchSize, (chunk) => fast.head.predict(fast.encoder.encode(chunk)) as tf.Tensor)
      : runInLengthBatches(ids, batchSize, (batch) => this.model.predict(padIds(batch, this.tokenizer.padId)) as tf.Tensor, {
          callCost: INFERENCE_CALL_COST,
        });
    const rows = (await probs.array()) as number[][];
    probs.dispose();
    return rows.map((scores) => this.toPrediction(scores));
  }

  /** The encoder (on its family's fast path) and head of an ids -> encoder -> head classifier; undefined when the family has none. */
  private fastParts(): { encoder: FastEncoder; head: tf.LayersModel } | undefined {
    if (this.fast === undefined) {
      const [, encoder, head] = this.model.layers;
      const chain = this.model.layers.length === 3 && encoder?.name === 'encoder' && head?.name === 'head';
      const fast = chain && encoder instanceof tf.LayersModel && head instanceof tf.LayersModel ? fastEncoderFor(encoder) : undefined;
      this.fast = fast ? { encoder: fast, head: head as tf.LayersModel } : null;
    }
    return this.fast ?? undefined;
  }

  private async predictTokens(texts: string[], ids: number[][], batchSize: number, aggregation: Aggregation): Promise<TokenSequencePrediction[]> {
    const out: TokenSequencePrediction[] = new Array(texts.length);
    // Batches of similar length; each is read on its own since their lengths differ.
    for (const batch of lengthBatches(ids.map((row) => row.length), batchSize, { callCost: INFERENCE_CALL_COST })) {
      const probs = tf.tidy(() => this.model.predict(padIds(batch.map((i) => ids[i]), this.tokenizer.padId)) as tf.Tensor);
      const rows = (await probs.array()) as number[][][];
      probs.dispose();
      batch.forEach((i, r) => {
        out[i] = tokenSequencePrediction(this.tokenizer, texts[i], rows[r].slice(0, ids[i].length), this.labels, this.config, aggregation);
      });
    }
    return out;
  }

  private toPrediction(scores: number[]): Prediction {
    let best = 0;
    scores.forEach((s, k) => {
      if (s > scores[best]) best = k;
    });
    return { label: this.labels[best], score: scores[best], scores };
  }
}

/** Rebuilds a TextModel from a (loaded) LayersModel, its tokenizer and its config, as saved by deployment. */
export function textModelFromParts(model: tf.LayersModel, tokenizer: Tokenizer, config: TextModelConfig): TextModel {
  const names = model.layers.map((l) => l.name);
  if (!names.includes('encoder') || !names.includes('head')) {
    throw new Error(`textModelFromParts: the model has layers [${names.join(', ')}]; expected nested 'encoder' and 'head' layers.`);
  }
  if (config.task !== 'sequence-classification' && config.task !== 'token-classification') {
    throw new Error(`textModelFromParts: config.task '${String(config.task)}' is not 'sequence-classification' or 'token-classification'.`);
  }
  const outputs = model.outputs[0].shape[model.outputs[0].shape.length - 1];
  if (outputs !== config.labels.length) {
    throw new Error(`textModelFromParts: the model outputs ${outputs} scores but config.labels has ${config.labels.length} labels.`);
  }
  return new HeadedTextModel(model, tokenizer, config);
}
