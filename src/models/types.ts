// The contract between models, training, evaluation and deployment.
import type { tf } from '../tf';
import type { Tokenizer } from '../tokenizers/types';

export interface Prediction {
  label: string;
  score: number;
  /** One probability per label, in the order of `labels`. */
  scores: number[];
}

export type TextTask = 'sequence-classification' | 'token-classification' | 'question-answering' | 'summarization';

/** A named entity in a text: `text === input.slice(start, end)` (UTF-16 offsets into the string passed in). */
export interface EntitySpan {
  type: string;
  text: string;
  start: number;
  end: number;
  score: number;
}

/** What a token-classification (NER) model predicts per text, besides its per-token scores. */
export interface EntityPrediction {
  entities: EntitySpan[];
}

/** One extractive question-answering input. */
export interface QuestionContext {
  question: string;
  context: string;
}

/** An extractive answer: `answer === context.slice(start, end)`; empty with start = end = 0 for "no answer" (SQuAD v2). */
export interface AnswerPrediction {
  answer: string;
  start: number;
  end: number;
  score: number;
}

/** A summary; `sentences` gives the character spans of the chosen sentences for extractive summarizers. */
export interface SummaryPrediction {
  summary: string;
  sentences?: { start: number; end: number }[];
}

/** What a saved model needs besides its weights and tokenizer. */
export interface TextModelConfig {
  task: TextTask;
  labels: string[];
  maxLength: number;
  /** Catalog name or reference of the pre-trained base, for the model card. */
  base: string;
  [key: string]: unknown;
}

/**
 * A text model built on a pre-trained base: tl.classifier() and tl.tokenClassifier() return one.
 *
 * `model` is a functional tf.LayersModel with a single int32 input of token ids
 * [batch, length], padded with tokenizer.padId (the model masks padding itself);
 * its pre-trained base is one nested layer named 'encoder' (itself a LayersModel whose
 * layers run in order, so the lowest ones can be frozen and their outputs cached)
 * and its task head one nested layer named 'head'. Output: probabilities
 * [batch, labels] (sequence) or [batch, length, labels] (token classification).
 */
export interface TextModel {
  readonly model: tf.LayersModel;
  readonly tokenizer: Tokenizer;
  readonly config: TextModelConfig;
  readonly labels: string[];
  /** Tokenizes, truncates to maxLength and pads into the model's input. Caller disposes. */
  encode(texts: string[], options?: { maxLength?: number }): tf.Tensor2D;
  /** aggregation: how a token-classification model groups tags into entities (its config's default otherwise). */
  predict(texts: string[], options?: { batchSize?: number; aggregation?: 'none' | 'simple' | 'first' | 'max' | 'average' }): Promise<Prediction[]>;
}

/** Options of `model.generate` (Hugging Face generate's names); a summarization model's predict takes them too. */
export interface GenerateOptions {
  maxNewTokens?: number;
  /** End-of-sequence is banned until this many tokens are generated (HF's min_new_tokens); default 0. */
  minNewTokens?: number;
  numBeams?: number;
  lengthPenalty?: number;
  noRepeatNgramSize?: number;
  earlyStopping?: boolean;
  doSample?: boolean;
  topK?: number;
  topP?: number;
  temperature?: number;
  seed?: number;
}
