// The question-answering model's public shape: a TextModel whose predict takes
// { question, context } pairs and returns extractive answers.
import type { tf } from '../../tf';
import type { Tokenizer } from '../../tokenizers/types';
import type { AnswerPrediction, QuestionContext, TextModelConfig } from '../types';
import type { QaRecordLike } from './records';

export interface QuestionAnswererOptions {
  /** Tokens per window, question and special tokens included. Default: 384, or the base's maxLength when smaller. */
  maxLength?: number;
  /** Tokens shared by consecutive windows of a long context. Default: a third of maxLength (128 of 384). */
  stride?: number;
  /** Most tokens an answer spans. Default 30. */
  maxAnswerLength?: number;
  /** Answers per question that predict returns; above 1, each input gets an array of answers, best first. Default 1. */
  topK?: number;
  /**
   * SQuAD v2: answer "" (start = end = 0) when the null score (token 0's start and end
   * probabilities) beats the best span's score by more than this. Default: none (always a span).
   */
  noAnswerThreshold?: number;
  /** Seed of the head's initial weights; default: drawn from tl.setSeed's stream, else random. */
  seed?: number;
  /** Dropout rate before the start/end layer. Default 0.1. */
  dropout?: number;
}

/** Per-call overrides of the model's decoding settings. */
export interface QaPredictOptions {
  /** Windows per forward pass. Default 32. */
  batchSize?: number;
  maxAnswerLength?: number;
  topK?: number;
  noAnswerThreshold?: number;
}

export interface QuestionAnsweringConfig extends TextModelConfig {
  task: 'question-answering';
  stride: number;
  maxAnswerLength: number;
  topK: number;
  noAnswerThreshold?: number;
}

/**
 * An extractive question answerer (tl.questionAnswerer, a loaded ...ForQuestionAnswering
 * checkpoint, tl.load of a saved one). `model` maps ids [batch, length] to start/end logits
 * [batch, length, 2] (labels ['start', 'end']), as Hugging Face's qa_outputs.
 */
export interface QuestionAnsweringModel {
  readonly model: tf.LayersModel;
  readonly tokenizer: Tokenizer;
  readonly config: QuestionAnsweringConfig;
  readonly labels: string[];
  /** One answer per pair (or, with topK above 1, an array of the topK best per pair). */
  predict(inputs: QuestionContext[], options?: QaPredictOptions & { topK?: 1 }): Promise<AnswerPrediction[]>;
  predict(inputs: QuestionContext[], options: QaPredictOptions): Promise<AnswerPrediction[] | AnswerPrediction[][]>;
  /** The windows' padded ids [windows, length] (a long context gives several rows). Caller disposes. */
  encode(inputs: QuestionContext[]): tf.Tensor2D;
  /** tl.fineTune's data: windows x [n, maxLength] and start/end token labels y [n, 2]. Caller disposes. */
  trainingData(records: readonly QaRecordLike[]): { x: tf.Tensor2D; y: tf.Tensor2D };
}
