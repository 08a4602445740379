// tl.evaluate(): predicts a labelled data set in batches and returns an EvaluationReport,
// remembered per model so that a model card can quote it later.
import type { TextModel } from '../models/types';
import { columnValues, isDataFrameLike, type DataFrameLike } from '../data/frame-like';
import { EvaluationReport, type ExamplePrediction } from './evaluation-report';
import { checkOptions } from '../options';
import { EVALUATE_SPEC } from './option-specs';
import { isSummarizationModel, type SummarizationModel } from '../models/summarization-model';
import { evaluateSummaries, type SummarizationReport, type SummaryEvaluateOptions, type SummaryRows } from './summaries';
import { evaluateQuestionAnswering, type QaEvaluationReport, type QuestionAnswerer } from '../tasks/qa';
import type { QaRecordLike } from '../models/qa';
import { evaluateEntities, isNerData, type EntityTagger, type NerEvaluationData } from '../ner/evaluate-entities';
import type { EntityEvaluationReport } from '../ner/entity-report';
import type { Aggregation } from '../models/heads/entity-grouping';

export interface EvaluateOptions {
  /** Texts per predict() call; default 32. */
  batchSize?: number;
  /** DataFrame column with the texts; default 'text'. */
  textColumn?: string;
  /** DataFrame column with the true labels; default 'label'. */
  labelColumn?: string;
  /** Token classification: score the entities the model groups this way, instead of each word's first sub-token tag (the default). */
  aggregation?: Aggregation;
}

export type EvaluationData = DataFrameLike | { texts: string[]; labels: Array<string | number> };

const lastReports = new WeakMap<object, EvaluationReport | QaEvaluationReport>();

/** The report of the latest evaluate() of this model, if any. */
export function lastEvaluation(model: object): EvaluationReport | QaEvaluationReport | undefined {
  return lastReports.get(model);
}

function readData(data: EvaluationData, options: EvaluateOptions): { texts: unknown[]; labels: unknown[] } {
  if (isDataFrameLike(data)) {
    return {
      texts: columnValues(data, options.textColumn ?? 'text', 'evaluate: options.textColumn'),
      labels: columnValues(data, options.labelColumn ?? 'label', 'evaluate: options.labelColumn'),
    };
  }
  if (data && Array.isArray((data as { texts?: unknown }).texts) && Array.isArray((data as { labels?: unknown }).labels)) {
    return data as { texts: string[]; labels: Array<string | number> };
  }
  throw new TypeError('evaluate(model, data): data must be a danfojs DataFrame (text and label columns) or { texts, labels }.');
}

/**
 * Maps a true label to a model label: the same string, or (for numeric labels such as
 * IMDB's 0/1) the model label at that index.
 */
function toModelLabel(label: unknown, modelLabels: string[], row: number): string {
  if (typeof label === 'string' && modelLabels.includes(label)) return label;
  if (typeof label === 'number') {
    if (modelLabels.includes(String(label))) return String(label);
    if (Number.isInteger(label) && label >= 0 && label < modelLabels.length) return modelLabels[label];
  }
  throw new RangeError(
    `evaluate: row ${row} has label ${JSON.stringify(label)}, which the model does not know; its labels are ` +
      `${JSON.stringify(modelLabels)} (numeric labels are read as indexes into them). Fix the data or the model's labels.`,
  );
}

/** A summarization model on `{ text, summary }` rows: ROUGE. */
export function evaluate(model: SummarizationModel, data: SummaryRows, options?: SummaryEvaluateOptions): Promise<SummarizationReport>;
/** A question-answering model (or the word-overlap baseline) on SQuAD records: EM/F1, plus HasAns_/NoAns_ for v2. */
export function evaluate(model: QuestionAnswerer & { config: { task: 'question-answering' } }, data: readonly QaRecordLike[], options?: EvaluateOptions): Promise<QaEvaluationReport>;
/** A token-classification model (or tl.ruleNerTagger()) on token-classification records: seqeval entity scores. */
export function evaluate(model: TextModel | EntityTagger, data: NerEvaluationData, options?: EvaluateOptions): Promise<EntityEvaluationReport>;
export function evaluate(model: TextModel, data: EvaluationData, options?: EvaluateOptions): Promise<EvaluationReport>;
export async function evaluate(
  model: TextModel | QuestionAnswerer | SummarizationModel | EntityTagger,
  data: EvaluationData | readonly QaRecordLike[] | SummaryRows | NerEvaluationData,
  options: EvaluateOptions | SummaryEvaluateOptions = {},
): Promise<EvaluationReport | QaEvaluationReport | SummarizationReport | EntityEvaluationReport> {
  if (isSummarizationModel(model)) return evaluateSummaries(model, data as SummaryRows, options as SummaryEvaluateOptions);
  checkOptions('tl.evaluate(model, data, options)', 'options', options, EVALUATE_SPEC);
  if ((model as { config?: { task?: unknown } })?.config?.task === 'question-answering') {
    const report = await evaluateQuestionAnswering(model as QuestionAnswerer, data as QaRecordLike[], options);
    lastReports.set(model, report);
    return report;
  }
  return evaluateTexts(model as TextModel | EntityTagger, data as EvaluationData | NerEvaluationData, options as EvaluateOptions);
}

/** Sequence classifiers (EvaluationReport) and token classifiers (entity scores). */
async function evaluateTexts(model: TextModel | EntityTagger, data: EvaluationData | NerEvaluationData, options: EvaluateOptions): Promise<EvaluationReport | EntityEvaluationReport> {
  if (model?.config?.task === 'token-classification' && typeof model.predict === 'function') {
    if (!isNerData(data)) {
      throw new TypeError(
        'evaluate(model, data): a token-classification model is scored on token-classification records ({ tokens, tags } sentences: ' +
          'tl.tokenClassificationRecords(...), tl.datasets.goldNer(...)); tags alone can be compared with tl.metrics.entityF1(trueTags, predTags).',
      );
    }
    return evaluateEntities(model, data, { batchSize: options.batchSize, aggregation: options.aggregation });
  }
  if (!model || typeof model.predict !== 'function' || !Array.isArray((model as TextModel).labels)) {
    throw new TypeError('evaluate(model, data): model must be a text model (from tl.classifier() or tl.load()).');
  }
  if (options.aggregation !== undefined) throw new TypeError('evaluate: options.aggregation is for token-classification models only.');
  return evaluateClassifier(model as TextModel, data as EvaluationData, options);
}

async function evaluateClassifier(model: TextModel, data: EvaluationData, options: EvaluateOptions): Promise<EvaluationReport> {
  const batchSize = options.batchSize ?? 32;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`evaluate: options.batchSize must be a positive integer; got ${String(options.batchSize)}.`);
  }
  const { texts, labels } = readData(data, options);
  if (texts.length !== labels.length) {
    throw new RangeError(`evaluate: ${texts.length} texts but ${labels.length} labels; give one label per text.`);
  }
  if (texts.length === 0) throw new RangeError('evaluate: the data is empty; there is nothing to evaluate.');
  texts.forEach((t, i) => {
    if (typeof t !== 'string') throw new TypeError(`evaluate: row ${i} has a ${typeof t} where a text was expected.`);
  });
  const trueLabels = labels.map((l, i) => toModelLabel(l, model.labels, i));

  const predictions: ExamplePrediction[] = [];
  for (let start = 0; start < texts.length; start += batchSize) {
    const batch = texts.slice(start, start + batchSize) as string[];
    const out = await model.predict(batch, { batchSize });
    if (!Array.isArray(out) || out.length !== batch.length) {
      throw new Error(`evaluate: model.predict returned ${Array.isArray(out) ? out.length : typeof out} results for ${batch.length} texts.`);
    }
    out.forEach((p, k) => {
      const index = start + k;
      predictions.push({
        index,
        text: batch[k],
        label: trueLabels[index],
        predicted: p.label,
        score: p.score,
        scores: p.scores,
        correct: p.label === trueLabels[index],
      });
    });
  }
  const report = new EvaluationReport(model.labels, predictions);
  lastReports.set(model, report);
  return report;
}
