// What the task heads need from a pre-trained base (duck-typed: USE-lite, word vectors, ...).
import type { Truncation } from './truncation';
import type { Aggregation } from './entity-grouping';
import type { tf } from '../../tf';
import type { Tokenizer } from '../../tokenizers/types';
import type { EntityPrediction, Prediction } from '../types';

export interface EncoderBase {
  readonly tokenizer: Tokenizer;
  /** Catalog name, recorded in the model's config. */
  readonly name?: string;
  /** Longest input the base accepts (tokens); texts are truncated to it. */
  readonly maxLength?: number;
  /**
   * A new trainable encoder: int32 ids [batch, length] padded with tokenizer.padId
   * -> [batch, dim], or [batch, length, dim] with { sequence: true }.
   */
  buildEncoder(options?: { sequence?: boolean }): tf.LayersModel;
}

export interface ClassifierOptions {
  labels: string[];
  /** Units of a hidden ReLU layer in the head; none when 0 or absent. */
  hidden?: number;
  /** Dropout rate before each dense layer of the head. Default 0.1. */
  dropout?: number;
  /** Token limit per text. Default: the base's maxLength, else 256. */
  maxLength?: number;
  /**
   * Which tokens a longer text keeps: 'head' (the start, default), 'tail' (the end) or
   * 'head+tail' (a quarter of the budget from the start, the rest from the end).
   */
  truncation?: Truncation;
  /** Seed of the head's initial weights; default: drawn from tl.setSeed's stream, else random. */
  seed?: number;
}

export interface TokenClassifierOptions {
  labels: string[];
  /** How predict groups token tags into entities by default (Hugging Face's names). Default 'simple'. */
  aggregation?: Aggregation;
  /** Dropout rate before the per-token dense layer. Default 0.1. */
  dropout?: number;
  maxLength?: number;
  /** Seed of the head's initial weights; default: drawn from tl.setSeed's stream, else random. */
  seed?: number;
}

/** One token's tag, from a token classifier; start/end: its UTF-16 span in the text, absent for special tokens. */
export interface TokenPrediction extends Prediction {
  token: string;
  start?: number;
  end?: number;
}

/**
 * A token classifier's prediction for one text: its entities (grouped as the aggregation
 * option says), its tokens' tags, and (label, score, scores) the mean of the token distributions.
 */
export interface TokenSequencePrediction extends Prediction, EntityPrediction {
  tokens: TokenPrediction[];
}
