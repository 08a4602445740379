// Extractive question answering: the model, span decoding, evaluation, display.
export { questionAnswerer, questionAnswererFromParts, isQuestionAnsweringModel } from './question-answerer';
export { QuestionAnsweringTextModel } from './model';
export { decodeAnswers, type WindowLogits, type SpanDecodeOptions } from './decode-spans';
export { evaluateQuestionAnswering, type QuestionAnswerer } from './evaluate-qa';
export { QaEvaluationReport, compareQaReports, type QaExample } from './report';
export { scoreQuestion, squadV2Totals, type SquadV2Scores, type SquadTotals } from './squad-v2';
export { answerDisplay, type AnswerDisplay, type AnswerDisplayOptions } from './answer-display';
export type { QuestionAnswererOptions, QaPredictOptions, QuestionAnsweringConfig, QuestionAnsweringModel } from './types';
export type { QaRecordLike } from './records';
