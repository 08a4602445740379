// Small models and data shaped like the TextModel contract (ids -> nested
// 'encoder' -> nested 'head'), so the training loop is tested without USE-lite.
import { tf } from '../../src/tf';
import type { TextModel, Prediction } from '../../src/models/types';
import type { Tokenizer } from '../../src/tokenizers/types';

export const LENGTH = 8;
export const VOCAB = 20;

/** Deterministic toy data: label 1 when the sequence contains token 3. */
export function toyIds(n: number, seed = 1): { ids: number[][]; labels: number[] } {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const ids: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const len = 3 + Math.floor(rand() * (LENGTH - 2));
    const row = Array.from({ length: LENGTH }, (_, k) => (k < len ? 4 + Math.floor(rand() * (VOCAB - 4)) : 0));
    const positive = i % 2 === 0;
    if (positive) row[Math.floor(rand() * len)] = 3;
    ids.push(row);
    labels.push(positive ? 1 : 0);
  }
  return { ids, labels };
}

export function toyTensors(n: number, seed = 1): { x: tf.Tensor2D; y: tf.Tensor1D } {
  const { ids, labels } = toyIds(n, seed);
  return { x: tf.tensor2d(ids, [n, LENGTH], 'int32'), y: tf.tensor1d(labels, 'int32') };
}

export interface ToyOptions {
  /** Embedding with maskZero and a SimpleRNN that consumes the mask. */
  masked?: boolean;
  /** A Dropout layer in the head. */
  dropout?: boolean;
  seed?: number;
}

/** ids [batch, LENGTH] -> encoder (Embedding, Dense, pooling or RNN) -> head (Dense softmax). */
export function toyModel(options: ToyOptions = {}): tf.LayersModel {
  const seed = options.seed ?? 1;
  const init = (k: number) => tf.initializers.glorotUniform({ seed: seed * 100 + k });
  const ids = tf.input({ shape: [LENGTH], dtype: 'int32' });
  const encIn = tf.input({ shape: [LENGTH], dtype: 'int32' });
  let h = tf.layers
    .embedding({ inputDim: VOCAB, outputDim: 8, maskZero: options.masked, embeddingsInitializer: tf.initializers.randomUniform({ minval: -0.1, maxval: 0.1, seed }) })
    .apply(encIn) as tf.SymbolicTensor;
  if (options.masked) {
    h = tf.layers.simpleRNN({ units: 8, kernelInitializer: init(1), recurrentInitializer: init(2) }).apply(h) as tf.SymbolicTensor;
  } else {
    h = tf.layers.dense({ units: 8, activation: 'relu', kernelInitializer: init(1) }).apply(h) as tf.SymbolicTensor;
    h = tf.layers.globalAveragePooling1d({}).apply(h) as tf.SymbolicTensor;
  }
  const encoder = tf.model({ inputs: encIn, outputs: h, name: `encoder` });
  const headIn = tf.input({ shape: [8] });
  let z: tf.SymbolicTensor = headIn;
  if (options.dropout) z = tf.layers.dropout({ rate: 0.3 }).apply(z) as tf.SymbolicTensor;
  z = tf.layers.dense({ units: 2, activation: 'softmax', kernelInitializer: init(3) }).apply(z) as tf.SymbolicTensor;
  const head = tf.model({ inputs: headIn, outputs: z, name: 'head' });
  const out = head.apply(encoder.apply(ids)) as tf.SymbolicTensor;
  return tf.model({ inputs: ids, outputs: out });
}

export function encoderOf(model: tf.LayersModel): tf.LayersModel {
  return model.getLayer('encoder') as tf.LayersModel;
}

export function weightValues(layer: tf.layers.Layer | tf.LayersModel): Float32Array[] {
  return layer.weights.map((w) => Float32Array.from(w.read().dataSync()));
}

/** A whitespace tokenizer over the toy vocabulary: 'w5' is id 5. */
export class ToyTokenizer implements Tokenizer {
  readonly kind = 'toy';
  readonly vocabSize = VOCAB;
  readonly padId = 0;
  encode(text: string): number[] {
    return this.tokenize(text).map((t) => Number(t.slice(1)));
  }
  tokenize(text: string): string[] {
    return text.split(/\s+/).filter((t) => /^w\d+$/.test(t));
  }
  toJSON() {
    return { kind: this.kind };
  }
}

export function toyText(ids: number[]): string {
  return ids.filter((i) => i !== 0).map((i) => `w${i}`).join(' ');
}

/** A TextModel over a toy LayersModel. */
export function toyTextModel(model: tf.LayersModel, labels = ['neg', 'pos']): TextModel {
  const tokenizer = new ToyTokenizer();
  const encode = (texts: string[], options: { maxLength?: number } = {}) => {
    const max = options.maxLength ?? LENGTH;
    const rows = texts.map((t) => {
      const ids = tokenizer.encode(t).slice(0, max);
      return [...ids, ...new Array(LENGTH - ids.length).fill(0)];
    });
    return tf.tensor2d(rows, [texts.length, LENGTH], 'int32');
  };
  return {
    model,
    tokenizer,
    labels,
    config: { task: 'sequence-classification', labels, maxLength: LENGTH, base: 'toy' },
    encode,
    async predict(texts: string[]): Promise<Prediction[]> {
      const probs = tf.tidy(() => model.predict(encode(texts)) as tf.Tensor2D);
      const rows = (await probs.array()) as number[][];
      probs.dispose();
      return rows.map((scores) => {
        const best = scores.indexOf(Math.max(...scores));
        return { label: labels[best], score: scores[best], scores };
      });
    },
  };
}
