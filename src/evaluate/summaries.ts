// tl.evaluate(summarizer, rows): summarizes each { text, summary } row and scores the summaries with
// ROUGE against the references (rouge-score's definitions, mean over rows; see metrics/rouge.ts).
// Both sides go one sentence per line first (splitSentences), so rougeLsum sees sentences.
import { JUPYTER_DISPLAY, type MimeBundle } from '../display';
import { tableHtml, tableText, type Table } from '../display/table';
import { escapeHtml } from '../display/escape-html';
import { columnValues, isDataFrameLike, type DataFrameLike } from '../data/frame-like';
import type { GenerateOptions, SummaryPrediction } from '../models/types';
import type { SummarizationModel } from '../models/summarization-model';
import { rougeReport, DEFAULT_ROUGE_TYPES, type RougeScore, type RougeType } from '../metrics/rouge';
import { checkOptions, rules, type OptionSpec } from '../options';
import { splitSentences } from '../summarize/sentences';

export interface SummaryEvaluateOptions {
  /** Texts per predict() call; default 8. */
  batchSize?: number;
  /** Column or key with the documents; default 'text'. */
  textColumn?: string;
  /** Column or key with the reference summaries; default 'summary'. */
  summaryColumn?: string;
  /** ROUGE types; default rouge1, rouge2, rougeL, rougeLsum. */
  types?: RougeType[];
  /** Porter stemming in ROUGE; default true, as Hugging Face's summarization scripts score. */
  stemmer?: boolean;
  /** Passed to predict (generators). */
  generate?: GenerateOptions;
}

export const SUMMARY_EVALUATE_SPEC: OptionSpec = {
  batchSize: rules.positiveInteger,
  textColumn: 'string',
  summaryColumn: 'string',
  types: rules.stringArray,
  stemmer: 'boolean',
  generate: 'object',
};

/** Row objects (any shape holding the two columns, e.g. tl.datasets.goldSummaries() records) or a DataFrame. */
export type SummaryRows = ReadonlyArray<object> | DataFrameLike;

export interface SummaryExample {
  index: number;
  text: string;
  reference: string;
  prediction: SummaryPrediction;
  scores: Record<RougeType, RougeScore>;
}

const SHOWN = 3;
const pct = (x: number) => (100 * x).toFixed(2);

/** ROUGE of a summarizer on a data set: mean P/R/F per type, and every example. */
export class SummarizationReport {
  constructor(
    readonly scores: Record<RougeType, RougeScore>,
    readonly examples: SummaryExample[],
    readonly stemmer: boolean,
  ) {}

  /** F-measures in percent, the headline figures (a model card's evaluation). */
  figures(): Record<string, number> {
    const out: Record<string, number> = { examples: this.examples.length };
    for (const [type, s] of Object.entries(this.scores)) out[type] = Number(pct(s.fmeasure));
    return out;
  }

  table(): Table {
    return {
      caption: `ROUGE on ${this.examples.length} documents (mean over documents${this.stemmer ? ', Porter-stemmed' : ''}; percent)`,
      columns: [{ title: 'type' }, { title: 'precision', align: 'right' }, { title: 'recall', align: 'right' }, { title: 'F', align: 'right' }],
      rows: Object.entries(this.scores).map(([t, s]) => [t, pct(s.precision), pct(s.recall), pct(s.fmeasure)]),
    };
  }

  toJSON() {
    return { examples: this.examples.length, stemmer: this.stemmer, scores: this.scores };
  }

  toString(): string {
    return tableText(this.table());
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    const shown = this.examples
      .slice(0, SHOWN)
      .map((e) => `<li><b>summary</b>: ${escapeHtml(e.prediction.summary)}<br><b>reference</b>: ${escapeHtml(e.reference)}</li>`)
      .join('');
    return { 'text/plain': this.toString(), 'text/html': `${tableHtml(this.table())}<p>First ${Math.min(SHOWN, this.examples.length)} examples:</p><ol>${shown}</ol>` };
  }
}

const lastReports = new WeakMap<object, SummarizationReport>();

export function lastSummaryEvaluation(model: object): SummarizationReport | undefined {
  return lastReports.get(model);
}

function readRows(data: SummaryRows, textColumn: string, summaryColumn: string): { texts: unknown[]; refs: unknown[] } {
  if (isDataFrameLike(data)) {
    return { texts: columnValues(data, textColumn, 'evaluate: options.textColumn'), refs: columnValues(data, summaryColumn, 'evaluate: options.summaryColumn') };
  }
  if (!Array.isArray(data)) throw new TypeError('tl.evaluate(summarizer, rows): rows must be an array of { text, summary } objects or a DataFrame with those columns');
  const rows = data as ReadonlyArray<Record<string, unknown> | null | undefined>;
  return { texts: rows.map((r) => r?.[textColumn]), refs: rows.map((r) => r?.[summaryColumn]) };
}

/** One sentence per line, as Hugging Face's summarization scripts prepare text for rougeLsum. */
function sentencePerLine(text: string): string {
  return splitSentences(text)
    .map((s) => s.text.replace(/\s*\n\s*/g, ' '))
    .join('\n');
}

export async function evaluateSummaries(model: SummarizationModel, data: SummaryRows, options: SummaryEvaluateOptions = {}): Promise<SummarizationReport> {
  const where = 'tl.evaluate(summarizer, rows, options)';
  checkOptions(where, 'options', options, SUMMARY_EVALUATE_SPEC);
  const textColumn = options.textColumn ?? 'text';
  const summaryColumn = options.summaryColumn ?? 'summary';
  const { texts, refs } = readRows(data, textColumn, summaryColumn);
  if (texts.length === 0) throw new RangeError(`${where}: the data is empty; there is nothing to evaluate`);
  texts.forEach((t, i) => {
    if (typeof t !== 'string') throw new TypeError(`${where}: row ${i} has no string '${textColumn}' (got ${typeof t})`);
    if (typeof refs[i] !== 'string') throw new TypeError(`${where}: row ${i} has no string '${summaryColumn}' (got ${typeof refs[i]}); set options.summaryColumn`);
  });
  const batchSize = options.batchSize ?? 8;
  const predictions: SummaryPrediction[] = [];
  for (let start = 0; start < texts.length; start += batchSize) {
    const batch = texts.slice(start, start + batchSize) as string[];
    const out = await model.predict(batch, options.generate);
    if (!Array.isArray(out) || out.length !== batch.length) throw new Error(`${where}: model.predict returned ${Array.isArray(out) ? out.length : typeof out} summaries for ${batch.length} texts`);
    predictions.push(...out);
  }
  const stemmer = options.stemmer ?? true;
  const rouge = rougeReport(
    predictions.map((p) => sentencePerLine(p.summary)),
    (refs as string[]).map(sentencePerLine),
    { types: options.types ?? [...DEFAULT_ROUGE_TYPES], stemmer },
  );
  const examples = predictions.map((prediction, index) => ({ index, text: texts[index] as string, reference: refs[index] as string, prediction, scores: rouge.perExample[index] }));
  const report = new SummarizationReport(rouge.scores, examples, stemmer);
  lastReports.set(model, report);
  return report;
}
