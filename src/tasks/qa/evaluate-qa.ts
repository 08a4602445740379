// tl.evaluate(qaModel, records): answers every question in batches and scores the answers
// with the SQuAD v2 rules (squad-v2.ts).
import type { AnswerPrediction, QuestionContext } from '../../models/types';
import { goldAnswers, toQaInput, type QaRecordLike } from '../../models/qa/records';
import { QaEvaluationReport, type QaExample } from './report';
import { scoreQuestion, squadV2Totals } from './squad-v2';

/** Whatever answers questions: tl.questionAnswerer, a loaded checkpoint, tl.wordOverlapAnswerer. */
export interface QuestionAnswerer {
  predict(inputs: QuestionContext[], options?: { batchSize?: number }): Promise<AnswerPrediction[]>;
}

export async function evaluateQuestionAnswering(
  model: QuestionAnswerer,
  records: readonly (QaRecordLike & { id?: string })[],
  options: { batchSize?: number; name?: string } = {},
): Promise<QaEvaluationReport> {
  if (!Array.isArray(records)) throw new TypeError('evaluate(qaModel, records): records must be an array of { question, context, answers } (tl.readSquad, tl.datasets.goldQa).');
  if (records.length === 0) throw new RangeError('evaluate(qaModel, records): records is empty; there is nothing to evaluate.');
  records.forEach((r, i) => toQaInput(r, `evaluate: records[${i}]`));
  const batchSize = options.batchSize ?? 32;
  const examples: QaExample[] = [];
  for (let start = 0; start < records.length; start += batchSize) {
    const batch = records.slice(start, start + batchSize);
    const out = await model.predict(batch.map((r) => ({ question: r.question, context: r.context })), { batchSize });
    if (!Array.isArray(out) || out.length !== batch.length) {
      throw new Error(`evaluate: model.predict returned ${Array.isArray(out) ? out.length : typeof out} answers for ${batch.length} questions.`);
    }
    out.forEach((prediction, k) => {
      const r = batch[k];
      const p = Array.isArray(prediction) ? (prediction as AnswerPrediction[])[0] : prediction;
      const gold = goldAnswers(r);
      examples.push({ index: start + k, ...(r.id !== undefined ? { id: r.id } : {}), question: r.question, context: r.context, gold, prediction: p, score: scoreQuestion(p.answer, gold) });
    });
  }
  return new QaEvaluationReport(squadV2Totals(examples.map((e) => e.score)), examples, options.name);
}
