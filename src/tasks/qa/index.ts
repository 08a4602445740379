// Question answering as a task: evaluation (SQuAD v2 scores, reports) and display of answers.
// The model itself (tl.questionAnswerer, span decoding) is in src/models/qa.
export { evaluateQuestionAnswering, type QuestionAnswerer } from './evaluate-qa';
export { QaEvaluationReport, compareQaReports, type QaExample } from './report';
export { scoreQuestion, squadV2Totals, type SquadV2Scores, type SquadTotals } from './squad-v2';
export { answerDisplay, type AnswerDisplay, type AnswerDisplayOptions } from './answer-display';
