// Extractive question answering models: tl.questionAnswerer, span decoding, the model's types.
export { questionAnswerer, questionAnswererFromParts, isQuestionAnsweringModel } from './question-answerer';
export { QuestionAnsweringTextModel } from './model';
export { decodeAnswers, type WindowLogits, type SpanDecodeOptions } from './decode-spans';
export type { QuestionAnswererOptions, QaPredictOptions, QuestionAnsweringConfig, QuestionAnsweringModel } from './types';
export type { QaRecordLike } from './records';
