// Pre-trained word vectors as a tfjs Embedding layer: id 0 pads (zero vector,
// masked), id 1 is any out-of-vocabulary word (the package's unknown-word vector,
// else zeros; learnable when the layer trains), ids 2.. are the words in the
// order the vectors came. buildEncoder() makes them a base for tl.classifier().
import { JUPYTER_DISPLAY, type MimeBundle } from '../../display';
import { tf } from '../../tf';
import { WordTokenizer } from '../../tokenizers/word';
import { escapeHtml } from '../../display/escape-html';
import { formatCount } from '../../display/table';

import { WordVectorsMeanPooling, WordVectorsTokenStates } from './layers';

export interface EmbeddingLayerOptions {
  /** Let training update the vectors (default: the trainable option given to loadPretrained, else false). */
  trainable?: boolean;
  /** Mask padding (id 0) for the layers that follow (default true). */
  maskZero?: boolean;
  /** Fixed sequence length, when the next layers need one (e.g. flatten). */
  inputLength?: number;
  name?: string;
}

export interface WordVectorsEncoderOptions {
  /** Per-token vectors [batch, length, dim] (padding zeroed) instead of their mean. Default false. */
  sequence?: boolean;
  /** Name of the returned model. Default 'encoder'. */
  name?: string;
  /** Fixed input length, for layers after the encoder that need one (e.g. flatten). Default any length. */
  maxLength?: number;
  /** Let training update the vectors (default: as embeddingLayer()). */
  trainable?: boolean;
}

export class WordVectors {
  readonly name: string;
  readonly dim: number;
  readonly tokenizer: WordTokenizer;
  /** [vocabSize, dim]: row 0 padding, row 1 out-of-vocabulary, then the words. Owned here: dispose() frees it. */
  readonly matrix: tf.Tensor2D;
  /** Whether embeddingLayer() makes trainable layers unless told otherwise. */
  readonly trainable: boolean;
  private readonly words: string[];
  private readonly data: Float32Array;

  /** `vectors` holds words.length x dim floats, row-major, words in id order from id 2. */
  /** `unkVector` (dim floats) fills the out-of-vocabulary row; default zeros. */
  constructor(init: { name: string; words: string[]; dim: number; vectors: Float32Array; trainable?: boolean; unkVector?: ArrayLike<number> }) {
    if (init.vectors.length !== init.words.length * init.dim) {
      throw new Error(`WordVectors '${init.name}': ${init.vectors.length} floats for ${init.words.length} words x ${init.dim} dims; pass exactly words.length * dim values`);
    }
    if (init.unkVector !== undefined && init.unkVector.length !== init.dim) {
      throw new Error(`WordVectors '${init.name}': unkVector has ${init.unkVector.length} values for ${init.dim} dims; pass exactly dim values`);
    }
    this.name = init.name;
    this.trainable = init.trainable ?? false;
    this.dim = init.dim;
    this.words = init.words;
    this.tokenizer = new WordTokenizer(init.words);
    this.data = new Float32Array((init.words.length + 2) * init.dim);
    this.data.set(init.vectors, 2 * init.dim);
    if (init.unkVector) this.data.set(init.unkVector, this.tokenizer.oovId * init.dim);
    this.matrix = tf.tensor2d(this.data, [init.words.length + 2, init.dim]);
  }

  get vocabSize(): number {
    return this.tokenizer.vocabSize;
  }

  /** Word -> row of `matrix` (from 2; 0 pads, 1 is out-of-vocabulary). */
  get vocabulary(): ReadonlyMap<string, number> {
    return this.tokenizer.vocabulary;
  }

  get padId(): number {
    return this.tokenizer.padId;
  }

  get oovId(): number {
    return this.tokenizer.oovId;
  }

  /** The vector of one word (a copy), or undefined when it is out of vocabulary. */
  vector(word: string): Float32Array | undefined {
    const id = this.tokenizer.idOf(word);
    if (id === this.oovId) return undefined;
    return this.data.slice(id * this.dim, (id + 1) * this.dim);
  }

  /** The k words whose vectors have the highest cosine similarity to `word`'s. */
  mostSimilar(word: string, k = 10): Array<{ word: string; similarity: number }> {
    const target = this.vector(word);
    if (!target) throw new Error(`mostSimilar: '${word}' is not in the ${this.name} vocabulary; pick a word tokenizer.idOf() knows`);
    const norm = (offset: number) => {
      let s = 0;
      for (let i = 0; i < this.dim; i++) s += this.data[offset + i] ** 2;
      return Math.sqrt(s);
    };
    const targetNorm = Math.hypot(...target);
    const scores: Array<{ word: string; similarity: number }> = [];
    for (let id = 2; id < this.vocabSize; id++) {
      const offset = id * this.dim;
      let dot = 0;
      for (let i = 0; i < this.dim; i++) dot += this.data[offset + i] * target[i];
      scores.push({ word: this.words[id - 2], similarity: dot / (norm(offset) * targetNorm || 1) });
    }
    return scores.filter((s) => s.word !== this.words[this.tokenizer.idOf(word) - 2]).sort((a, b) => b.similarity - a.similarity).slice(0, k);
  }

  /** A new Embedding layer initialized with these vectors, frozen unless `trainable`. */
  embeddingLayer(options: EmbeddingLayerOptions = {}): tf.layers.Layer {
    return tf.layers.embedding({
      inputDim: this.vocabSize,
      outputDim: this.dim,
      weights: [this.matrix],
      trainable: options.trainable ?? this.trainable,
      maskZero: options.maskZero ?? true,
      inputLength: options.inputLength,
      name: options.name ?? `${this.name.replace(/[^\w]/g, '_')}_embedding`,
    });
  }

  /**
   * A new encoder for tl.classifier() / tl.tokenClassifier(): int32 ids [batch, length]
   * padded with padId -> 'embedding' (frozen unless trainable, masks padding) ->
   * 'pooling' (masked mean, [batch, dim]) or, with sequence, 'token_states' ([batch, length, dim]).
   */
  buildEncoder(options: WordVectorsEncoderOptions = {}): tf.LayersModel {
    const { maxLength } = options;
    if (maxLength !== undefined && !(Number.isInteger(maxLength) && maxLength > 0)) {
      throw new Error(`buildEncoder: maxLength must be a positive integer, got ${maxLength}`);
    }
    const ids = tf.input({ shape: [maxLength ?? null], dtype: 'int32', name: 'ids' });
    const embedding = this.embeddingLayer({ name: 'embedding', trainable: options.trainable, maskZero: true, inputLength: maxLength });
    const vectors = embedding.apply(ids) as tf.SymbolicTensor;
    const last = options.sequence ? new WordVectorsTokenStates({ name: 'token_states' }) : new WordVectorsMeanPooling({ name: 'pooling' });
    return tf.model({ inputs: ids, outputs: last.apply(vectors) as tf.SymbolicTensor, name: options.name ?? 'encoder' });
  }

  /** Token ids [n, maxLength], truncated and padded with padId. Caller disposes. */
  encode(texts: string[], options: { maxLength?: number } = {}): tf.Tensor2D {
    const rows = texts.map((t) => this.tokenizer.encode(t));
    const length = options.maxLength ?? Math.max(1, ...rows.map((r) => r.length));
    const ids = new Int32Array(texts.length * length);
    rows.forEach((r, i) => ids.set(r.slice(0, length), i * length));
    return tf.tensor2d(ids, [texts.length, length], 'int32');
  }

  /** Mean of the in-vocabulary word vectors per text: [n, dim]. Caller disposes. */
  embed(texts: string[]): tf.Tensor2D {
    return tf.tidy(() => {
      const ids = this.encode(texts);
      const known = tf.cast(tf.greater(ids, this.oovId), 'float32').expandDims(2);
      const sum = tf.sum(tf.mul(tf.gather(this.matrix, ids), known), 1);
      return tf.div(sum, tf.maximum(tf.sum(known, 1), 1)) as tf.Tensor2D;
    });
  }

  dispose(): void {
    this.matrix.dispose();
  }

  toString(): string {
    return `WordVectors '${this.name}': ${formatCount(this.vocabSize - 2)} words x ${this.dim} dims (+ padding and out-of-vocabulary rows)`;
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    return { 'text/plain': this.toString(), 'text/html': `<b>WordVectors</b> ${escapeHtml(this.name)}: ${formatCount(this.vocabSize - 2)} words &times; ${this.dim} dims` };
  }
}
