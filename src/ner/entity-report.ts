// What tl.evaluate() returns for a token-classification model: seqeval's entity precision,
// recall and F1 per type, micro and macro, word-tag accuracy, every sentence's gold and
// predicted entities, the errors, and a notebook view (table, per-type F1 bars, error table).
import { JUPYTER_DISPLAY, displaySink, type MimeBundle } from '../display';
import { escapeHtml } from '../display/escape-html';
import { tableHtml, tableText, type Table } from '../display/table';
import { perClassF1Figure } from '../plot/per-class-f1';
import { figureHtml } from '../plot/html';
import { takeLibraryForSession } from '../plot/plotly-library';
import type { Figure } from '../plot/figure';
import { entityF1, type EntityScores } from '../metrics/entity-f1';
import { pyFixed } from '../metrics/format';
import { entityErrors, type EntityError, type EntityErrorKind } from './entity-errors';
import { EntityErrorTable } from './entity-error-table';
import { EntityHighlight } from './entity-highlight';
import type { TextSpan } from './word-tags';

export interface EvaluatedSentence {
  /** Position in the evaluated data. */
  index: number;
  text: string;
  goldTags: string[];
  predictedTags: string[];
  gold: TextSpan[];
  predicted: TextSpan[];
}

/** The figures a model card or a comparison table needs, as plain JSON. */
export interface EntityEvaluationSummary {
  task: 'token-classification';
  sentences: number;
  types: string[];
  micro: EntityScores;
  macro: EntityScores;
  perType: Record<string, EntityScores>;
  tokenAccuracy: number;
}

const SHOWN_ERRORS = 10;

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export class EntityEvaluationReport {
  readonly perType: Record<string, EntityScores>;
  readonly micro: EntityScores;
  /** Unweighted mean over the types (seqeval's macro avg); support: all true entities. */
  readonly macro: EntityScores;
  /** Words whose predicted IOB2 tag equals the gold one (seqeval's accuracy_score). */
  readonly tokenAccuracy: number;

  constructor(readonly sentences: readonly EvaluatedSentence[]) {
    const scores = entityF1(sentences.map((s) => s.goldTags), sentences.map((s) => s.predictedTags));
    this.perType = scores.perType;
    this.micro = { precision: scores.precision, recall: scores.recall, f1: scores.f1, support: scores.support };
    const types = Object.values(this.perType);
    this.macro = {
      precision: mean(types.map((t) => t.precision)),
      recall: mean(types.map((t) => t.recall)),
      f1: mean(types.map((t) => t.f1)),
      support: scores.support,
    };
    const words = sentences.flatMap((s) => s.goldTags.map((t, k) => t === s.predictedTags[k]));
    this.tokenAccuracy = words.length === 0 ? 0 : words.filter(Boolean).length / words.length;
  }

  get types(): string[] {
    return Object.keys(this.perType);
  }

  /** Missed, spurious, wrong-type and boundary errors, sentence by sentence; one kind when asked. */
  errors(kind?: EntityErrorKind): EntityError[] {
    const all = this.sentences.flatMap((s) => entityErrors(s.index, s.text, s.gold, s.predicted));
    return kind === undefined ? all : all.filter((e) => e.kind === kind);
  }

  /** A display of the errors (the first `limit`). */
  errorTable(options: { kind?: EntityErrorKind; limit?: number } = {}): EntityErrorTable {
    const errors = this.errors(options.kind);
    return new EntityErrorTable(errors.slice(0, options.limit ?? Infinity), errors.length);
  }

  /** Sentences with their predicted (default) or gold entities highlighted. */
  highlight(options: { which?: 'predicted' | 'gold'; limit?: number } = {}): EntityHighlight {
    const shown = this.sentences.slice(0, options.limit ?? 10);
    return new EntityHighlight(shown.map((s) => s.text), shown.map((s) => (options.which === 'gold' ? s.gold : s.predicted)));
  }

  figures(): { perTypeF1: Figure } {
    const perClass = Object.fromEntries(this.types.map((t) => [t, this.perType[t]]));
    return { perTypeF1: perClassF1Figure({ perClass, macro: this.macro }, { title: `Entity F1 per type (micro ${pyFixed(this.micro.f1, 3)}, macro ${pyFixed(this.macro.f1, 3)})` }) };
  }

  toJSON(): EntityEvaluationSummary {
    return {
      task: 'token-classification',
      sentences: this.sentences.length,
      types: this.types,
      micro: this.micro,
      macro: this.macro,
      perType: this.perType,
      tokenAccuracy: this.tokenAccuracy,
    };
  }

  private table(): Table {
    const row = (name: string, s: EntityScores) => [name, pyFixed(s.precision, 4), pyFixed(s.recall, 4), pyFixed(s.f1, 4), String(s.support)];
    return {
      columns: [{ title: '' }, { title: 'precision', align: 'right' }, { title: 'recall', align: 'right' }, { title: 'f1-score', align: 'right' }, { title: 'support', align: 'right' }],
      rows: [...this.types.map((t) => row(t, this.perType[t])), row('micro avg', this.micro), row('macro avg', this.macro)],
    };
  }

  private headline(): string {
    return (
      `Entity evaluation: ${this.sentences.length} sentences, ${this.micro.support} entities, ` +
      `micro F1 ${pyFixed(this.micro.f1, 4)}, macro F1 ${pyFixed(this.macro.f1, 4)}, token accuracy ${pyFixed(this.tokenAccuracy, 4)}`
    );
  }

  toString(): string {
    const errors = this.errors();
    const kinds = (['missed', 'spurious', 'wrong-type', 'boundary'] as const).map((k) => `${errors.filter((e) => e.kind === k).length} ${k}`);
    return `${this.headline()}\n\n${tableText(this.table())}\n\nErrors: ${kinds.join(', ')} (report.errorTable() lists them)\n`;
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    const includeLibrary = takeLibraryForSession(displaySink()?.sessionId);
    const figure = figureHtml(this.figures().perTypeF1.toJSON(), { includeLibrary });
    const errors = this.errors();
    const html =
      `<div class="transferlab-evaluation"><h3>${escapeHtml(this.headline())}</h3>` +
      tableHtml(this.table()) +
      `<div style="max-width:640px">${figure}</div>` +
      `<h4>Errors (first ${Math.min(SHOWN_ERRORS, errors.length)}; all in report.errorTable())</h4>` +
      String(new EntityErrorTable(errors.slice(0, SHOWN_ERRORS), errors.length)[JUPYTER_DISPLAY]()['text/html']) +
      '</div>';
    return { 'text/html': html, 'text/plain': this.toString() };
  }
}
