// The question records the QA task reads: tl.readSquad's (answers.answerStart) and the
// hub's / tl.datasets.goldQa's (answers.answer_start) alike.
import type { QaInput } from '../../data/qa-features';

export interface QaRecordLike {
  question: string;
  context: string;
  /** Gold answers; empty (or absent) when the context does not answer the question (SQuAD v2). */
  answers?: { text: string[]; answerStart?: number[]; answer_start?: number[] };
}

/** The record as qaFeatures takes it; `where` names it in errors. */
export function toQaInput(record: QaRecordLike, where: string): QaInput {
  if (!record || typeof record !== 'object' || typeof record.question !== 'string' || typeof record.context !== 'string') {
    throw new TypeError(`${where} must be { question: string, context: string, answers? }.`);
  }
  const answers = record.answers;
  if (answers === undefined) return { question: record.question, context: record.context };
  const starts = answers.answerStart ?? answers.answer_start;
  if (!Array.isArray(answers.text) || !Array.isArray(starts) || starts.length !== answers.text.length) {
    throw new TypeError(`${where}.answers must be { text: string[], answerStart: number[] } (or answer_start) of equal length.`);
  }
  return { question: record.question, context: record.context, answers: { text: answers.text, answerStart: starts } };
}

/** The gold answer texts of a record ([] when unanswerable). */
export function goldAnswers(record: QaRecordLike): string[] {
  return record.answers?.text ?? [];
}
