// A small real base for QA tests: a word tokenizer, an embedding and a convolution whose
// token states see their neighbours, so "the word after 'at'" is learnable in seconds.
import { tf } from '../../src/tf';
import { WordTokenizer } from '../../src/tokenizers';
import type { EncoderBase } from '../../src/models/heads';

export const NAMES = ['ada', 'bob', 'cy', 'dee', 'eve', 'fay', 'gus', 'hal', 'ivy', 'jo', 'kim', 'lu'];
export const FILLER = ['the', 'film', 'was', 'long', 'and', 'dark', 'but', 'fun', 'story', 'plot', 'ends', 'well'];
export const VOCAB = ['who', 'at', ...NAMES, ...FILLER];

export function tinyBase(seed = 7): EncoderBase {
  const tokenizer = new WordTokenizer(VOCAB);
  return {
    tokenizer,
    name: 'tiny-conv',
    maxLength: 64,
    buildEncoder: () => {
      const ids = tf.input({ shape: [null], dtype: 'int32' });
      let x = tf.layers.embedding({ inputDim: tokenizer.vocabSize, outputDim: 16, name: 'embedding', embeddingsInitializer: tf.initializers.randomUniform({ minval: -0.5, maxval: 0.5, seed }) }).apply(ids) as tf.SymbolicTensor;
      x = tf.layers.conv1d({ filters: 16, kernelSize: 3, padding: 'same', activation: 'relu', name: 'conv', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }) }).apply(x) as tf.SymbolicTensor;
      return tf.model({ inputs: ids, outputs: x, name: 'encoder' });
    },
  };
}

/** A seeded stream in [0, 1). */
export function stream(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Contexts of filler words with "at <name>" somewhere: the answer is the name; `unanswerable` ones have no "at". */
export function records(n: number, seed: number, words = 14, unanswerable = 0): Array<{ question: string; context: string; answers: { text: string[]; answerStart: number[] } }> {
  const rand = stream(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  return Array.from({ length: n }, (_, i) => {
    const filler = Array.from({ length: words }, () => pick(FILLER));
    if (i < unanswerable) return { question: 'who', context: filler.join(' '), answers: { text: [], answerStart: [] } };
    const name = pick(NAMES);
    const at = 1 + Math.floor(rand() * (words - 2));
    const tokens = [...filler.slice(0, at), 'at', name, ...filler.slice(at)];
    const context = tokens.join('  ');
    const answerStart = tokens.slice(0, at + 1).join('  ').length + 2;
    return { question: 'who', context, answers: { text: [name], answerStart: [answerStart] } };
  });
}
