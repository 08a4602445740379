// The result of evaluating a question answerer: SQuAD EM/F1 (+ HasAns/NoAns), per-question
// rows, displayable as a table in notebooks and as text in scripts.
import { JUPYTER_DISPLAY, type MimeBundle } from '../../display';
import { tableHtml, tableText, type Table } from '../../display/table';
import type { AnswerPrediction } from '../../models/types';
import type { QuestionScore, SquadV2Scores } from './squad-v2';

export interface QaExample {
  index: number;
  id?: string;
  question: string;
  context: string;
  gold: string[];
  prediction: AnswerPrediction;
  score: QuestionScore;
}

const pct = (x: number) => x.toFixed(1);

export class QaEvaluationReport {
  readonly exactMatch: number;
  readonly f1: number;
  readonly total: number;
  readonly hasAns?: SquadV2Scores['hasAns'];
  readonly noAns?: SquadV2Scores['noAns'];

  constructor(
    readonly scores: SquadV2Scores,
    readonly examples: QaExample[],
    /** Shown above the table, e.g. the model's name. */
    readonly name = 'question answering',
  ) {
    ({ exactMatch: this.exactMatch, f1: this.f1, total: this.total, hasAns: this.hasAns, noAns: this.noAns } = scores);
  }

  /** The official v2 script's keys: exact, f1, total, HasAns_exact, ..., NoAns_total. */
  toJSON(): Record<string, number> {
    const out: Record<string, number> = { exact: this.exactMatch, f1: this.f1, total: this.total };
    for (const [prefix, t] of [['HasAns', this.hasAns], ['NoAns', this.noAns]] as const) {
      if (t) Object.assign(out, { [`${prefix}_exact`]: t.exactMatch, [`${prefix}_f1`]: t.f1, [`${prefix}_total`]: t.total });
    }
    return out;
  }

  /** The questions answered wrongly (EM 0), worst F1 first. */
  errors(): QaExample[] {
    return this.examples.filter((e) => e.score.exactMatch === 0).sort((a, b) => a.score.f1 - b.score.f1);
  }

  table(): Table {
    const rows = [['all', this.scores] as const, ['answerable (HasAns)', this.hasAns] as const, ['unanswerable (NoAns)', this.noAns] as const]
      .filter(([, t]) => t !== undefined)
      .map(([label, t]) => [label, String(t!.total), pct(t!.exactMatch), pct(t!.f1)]);
    return {
      caption: `SQuAD scores: ${this.name}`,
      columns: [{ title: 'questions' }, { title: 'n', align: 'right' }, { title: 'EM %', align: 'right' }, { title: 'F1 %', align: 'right' }],
      rows,
    };
  }

  toString(): string {
    return tableText(this.table());
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    return { 'text/plain': this.toString(), 'text/html': tableHtml(this.table()) };
  }
}

/** Several reports side by side (a model next to its baseline): one row per model. */
export function compareQaReports(reports: Record<string, QaEvaluationReport>): Table & { toString(): string; [JUPYTER_DISPLAY](): MimeBundle } {
  const has = Object.values(reports).some((r) => r.hasAns && r.noAns);
  const fmt = (t: { exactMatch: number; f1: number } | undefined) => (t ? [pct(t.exactMatch), pct(t.f1)] : ['', '']);
  const table: Table = {
    caption: 'SQuAD EM / F1 (%)',
    columns: [
      { title: 'model' },
      { title: 'n', align: 'right' },
      { title: 'EM', align: 'right' },
      { title: 'F1', align: 'right' },
      ...(has ? [{ title: 'HasAns EM', align: 'right' as const }, { title: 'HasAns F1', align: 'right' as const }, { title: 'NoAns EM', align: 'right' as const }, { title: 'NoAns F1', align: 'right' as const }] : []),
    ],
    rows: Object.entries(reports).map(([name, r]) => [name, String(r.total), ...fmt(r), ...(has ? [...fmt(r.hasAns), ...fmt(r.noAns)] : [])]),
  };
  return { ...table, toString: () => tableText(table), [JUPYTER_DISPLAY]: () => ({ 'text/plain': tableText(table), 'text/html': tableHtml(table) }) };
}
