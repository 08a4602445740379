// The question-answering model: (question, context) pairs -> windows (qaFeatures) ->
// start/end logits -> the best span over all windows (decode-spans.ts). How a pair becomes
// one sequence is the tokenizer's: [CLS] q [SEP] c [SEP] for BERT-style tokenizer.json
// models (whose embeddings give the tokens after the first [SEP] token type 1, as
// encodePair's token type ids do), <s> q </s></s> c </s> for RoBERTa, and <s> q </s> c
// for USE-lite's SentencePiece (see pairTemplate).
import { tf } from '../../tf';
import type { Tokenizer } from '../../tokenizers/types';
import type { AnswerPrediction, QuestionContext } from '../types';
import { padIds } from '../batching';
import { qaFeatures, qaTensors, type QaFeature } from '../../data/qa-features';
import { checkOptions, rules } from '../../options';
import { decodeAnswers, type WindowLogits } from './decode-spans';
import { toQaInput, type QaRecordLike } from './records';
import type { QaPredictOptions, QuestionAnsweringConfig, QuestionAnsweringModel } from './types';

const PREDICT_SPEC = {
  batchSize: rules.positiveInteger,
  maxAnswerLength: rules.positiveInteger,
  topK: rules.positiveInteger,
  noAnswerThreshold: 'number',
} as const;

export const QA_LABELS = ['start', 'end'];

export class QuestionAnsweringTextModel implements QuestionAnsweringModel {
  readonly labels = [...QA_LABELS];

  constructor(
    readonly model: tf.LayersModel,
    readonly tokenizer: Tokenizer,
    readonly config: QuestionAnsweringConfig,
  ) {}

  private features(inputs: readonly QuestionContext[] | readonly QaRecordLike[], caller: string): QaFeature[] {
    if (!Array.isArray(inputs)) throw new TypeError(`${caller}: expected an array of { question, context } objects.`);
    const records = inputs.map((input, i) => toQaInput(input as QaRecordLike, `${caller}: inputs[${i}]`));
    // Hugging Face's pipeline keeps 64 question tokens; a short window keeps a third of itself, so the context always has room past the stride.
    const maxQuestionLength = Math.min(64, Math.floor(this.config.maxLength / 3));
    return qaFeatures(this.tokenizer, records, { maxLength: this.config.maxLength, stride: this.config.stride, maxQuestionLength });
  }

  encode(inputs: QuestionContext[]): tf.Tensor2D {
    const features = this.features(inputs, 'questionAnswerer.encode');
    return padIds(features.map((f) => f.ids), this.tokenizer.padId);
  }

  trainingData(records: readonly QaRecordLike[]): { x: tf.Tensor2D; y: tf.Tensor2D } {
    return qaTensors(this.tokenizer, this.features(records, 'questionAnswerer.trainingData'), this.config.maxLength);
  }

  predict(inputs: QuestionContext[], options?: QaPredictOptions & { topK?: 1 }): Promise<AnswerPrediction[]>;
  predict(inputs: QuestionContext[], options: QaPredictOptions): Promise<AnswerPrediction[] | AnswerPrediction[][]>;
  async predict(inputs: QuestionContext[], options: QaPredictOptions = {}): Promise<AnswerPrediction[] | AnswerPrediction[][]> {
    checkOptions('model.predict(inputs, options)', 'options', options, PREDICT_SPEC);
    const features = this.features(inputs, 'questionAnswerer.predict');
    const windows: WindowLogits[][] = inputs.map(() => []);
    const batchSize = options.batchSize ?? 32;
    for (let i = 0; i < features.length; i += batchSize) {
      const chunk = features.slice(i, i + batchSize);
      const logits = tf.tidy(() => this.model.predict(padIds(chunk.map((f) => f.ids), this.tokenizer.padId)) as tf.Tensor);
      const rows = (await logits.array()) as number[][][];
      logits.dispose();
      chunk.forEach((f, k) => windows[f.example].push({ start: rows[k].map((t) => t[0]), end: rows[k].map((t) => t[1]), offsets: f.offsets }));
    }
    const topK = options.topK ?? this.config.topK;
    const decode = {
      maxAnswerLength: options.maxAnswerLength ?? this.config.maxAnswerLength,
      topK,
      noAnswerThreshold: 'noAnswerThreshold' in options ? options.noAnswerThreshold : this.config.noAnswerThreshold,
    };
    const answers = inputs.map((input, i) => decodeAnswers(windows[i], input.context, decode));
    return topK === 1 ? answers.map((a) => a[0]) : answers;
  }
}
