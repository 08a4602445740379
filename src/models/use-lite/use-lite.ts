// The USE-lite base: tokenizer, shipped graph, and the trainable port built from its weights.
import { tf } from '../../tf';
import type { SentencePieceTokenizer } from '../../tokenizers/sentencepiece';
import { buildUseLiteEncoder, type UseLiteEncoderOptions } from './encoder';
import { disposeUseLiteWeights, type UseLiteWeights } from './graph-weights';
import { runInChunks } from '../batching';
import { packedEncoder, type PackedEncoder } from './packed';
import { toSparseInput } from './sparse-input';
import { checkOptions } from '../../options';
import { BATCH_SPEC } from '../option-specs';

export interface EmbedOptions {
  /** Texts per forward pass (grouped by token length). Default 32. */
  batchSize?: number;
}

export class UseLite {
  /** Catalog name, recorded in the config of models built on it. */
  readonly name = 'use-lite';
  readonly dim: number;
  /** Tokens per text the graph looks at (ClipToMaxLength); longer texts are truncated. */
  readonly maxLength = 128;
  private inference?: tf.LayersModel;
  private packed?: PackedEncoder;

  constructor(
    readonly tokenizer: SentencePieceTokenizer,
    /** The shipped graph model, for reference: takes { indices, values } (see toSparseInput). */
    readonly graph: tf.GraphModel,
    private readonly weights: UseLiteWeights,
  ) {
    this.dim = weights.tanhBias.shape[0];
  }

  /**
   * A new trainable copy of USE-lite as a LayersModel named 'encoder' (int32 ids
   * [batch, length] padded with tokenizer.padId). Each call has its own weights.
   */
  buildEncoder(options: UseLiteEncoderOptions = {}): tf.LayersModel {
    return buildUseLiteEncoder(this.weights, this.tokenizer.padId, options);
  }

  /** Token ids of each text, truncated to maxLength. */
  encodeIds(texts: string[]): number[][] {
    if (!Array.isArray(texts)) throw new TypeError('UseLite: expected an array of strings.');
    return texts.map((text, i) => {
      if (typeof text !== 'string') throw new TypeError(`UseLite: texts[${i}] is ${typeof text}, expected a string.`);
      return this.tokenizer.encode(text, { maxTokens: this.maxLength });
    });
  }

  /** Sentence embeddings [n, dim], unit length, as the shipped graph computes them. Caller disposes. */
  embed(texts: string[], options: EmbedOptions = {}): tf.Tensor2D {
    checkOptions('useLite.embed(texts, options)', 'options', options, BATCH_SPEC);
    const ids = this.encodeIds(texts);
    if (ids.length === 0) return tf.zeros([0, this.dim]);
    this.inference ??= this.buildEncoder({ name: 'use_lite_inference' });
    // Texts packed side by side, no padding computed (see packed.ts); the port's own encoder always packs.
    this.packed ??= packedEncoder(this.inference)!;
    const packed = this.packed;
    return runInChunks(ids, options.batchSize ?? 32, (chunk) => packed.encode(chunk)) as tf.Tensor2D;
  }

  /** The same embeddings through the shipped graph (slower; for checking the port). Caller disposes. */
  async embedWithGraph(texts: string[], options: EmbedOptions = {}): Promise<tf.Tensor2D> {
    const ids = this.encodeIds(texts);
    const batchSize = options.batchSize ?? 32;
    const parts: tf.Tensor[] = [];
    try {
      for (let i = 0; i < ids.length; i += batchSize) {
        const input = toSparseInput(ids.slice(i, i + batchSize));
        parts.push((await this.graph.executeAsync({ indices: input.indices, values: input.values })) as tf.Tensor);
        tf.dispose([input.indices, input.values]);
      }
      return tf.concat(parts, 0) as tf.Tensor2D;
    } finally {
      tf.dispose(parts);
    }
  }

  /** Frees the graph, the port's source weights and the inference encoder; encoders built earlier keep their own. */
  dispose(): void {
    this.inference?.dispose();
    disposeUseLiteWeights(this.weights);
    this.graph.dispose();
  }
}
