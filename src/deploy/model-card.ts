// The model card: what a saved model is, what it was trained on and how well it
// did, as data (served by GET /metadata) and as model-card.md for people.
import { lastEvaluation } from '../evaluate';
import type { TextModel } from '../models/types';
import { lastHistory } from '../train/stop';

export const CARD_FILE = 'model-card.md';

export interface ModelCard {
  name: string;
  description?: string;
  base: string;
  task: string;
  labels: string[];
  maxLength: number;
  /** What it was fine-tuned on, e.g. 'imdb (4,000 reviews, stratified split, seed 42)'. */
  dataset?: string;
  /** Training settings: epochs, learning rate, batch size, what was frozen... */
  training?: Record<string, unknown>;
  /** Figures from the last tl.evaluate() of this model, when there was one. */
  evaluation?: Record<string, number>;
  intendedUse?: string;
  limitations?: string;
  /** Set by tl.save(..., { quantize }): how the weights were stored and what it saved. */
  quantization?: Record<string, string | number>;
}

/** What the caller of tl.save() may add to or override in the card. */
export type ModelCardOptions = Partial<Omit<ModelCard, 'base' | 'task' | 'labels' | 'maxLength' | 'quantization'>>;

function numberAt(obj: unknown, ...keys: string[]): number | undefined {
  let v: unknown = obj;
  for (const k of keys) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Picks the headline figures out of an evaluation report, whatever its exact shape. */
export function evaluationFigures(report: unknown): Record<string, number> | undefined {
  if (report === null || typeof report !== 'object') return undefined;
  const figures: Record<string, number | undefined> = {
    accuracy: numberAt(report, 'accuracy'),
    macroF1: numberAt(report, 'macro', 'f1') ?? numberAt(report, 'report', 'macro', 'f1'),
    weightedF1: numberAt(report, 'weighted', 'f1') ?? numberAt(report, 'report', 'weighted', 'f1'),
    rocAuc: numberAt(report, 'rocAuc'),
    exactMatch: numberAt(report, 'exactMatch'),
    squadF1: numberAt(report, 'exactMatch') === undefined ? undefined : numberAt(report, 'f1'),
    examples: Array.isArray((report as { predictions?: unknown }).predictions)
      ? (report as { predictions: unknown[] }).predictions.length
      : numberAt(report, 'total'),
  };
  const present = Object.entries(figures).filter((e): e is [string, number] => e[1] !== undefined);
  return present.length > 0 ? Object.fromEntries(present) : undefined;
}

function countParams(weights: Array<{ shape: Array<number | null> }>): number {
  return weights.reduce((n, w) => n + w.shape.reduce((a: number, b) => a * (b ?? 1), 1), 0);
}

/** What the model itself and its last tl.fineTune() run tell about its training. */
function observedTraining(model: TextModel): Record<string, unknown> {
  const figures: Record<string, unknown> = {
    trainableParams: countParams(model.model.trainableWeights),
    totalParams: countParams(model.model.weights),
  };
  const history = lastHistory(model) ?? lastHistory(model.model);
  if (history && history.epochs.length > 0) {
    const last = history.epochs[history.epochs.length - 1];
    figures.epochs = history.epochs.length;
    figures.stopReason = history.stopReason;
    figures.seed = history.seed;
    for (const key of ['loss', 'acc', 'val_loss', 'val_acc']) if (typeof last[key] === 'number') figures[`final_${key}`] = last[key];
  }
  return figures;
}

export function buildModelCard(model: TextModel, options: ModelCardOptions = {}): ModelCard {
  const { config } = model;
  const training = {
    ...observedTraining(model),
    ...(config.training as Record<string, unknown> | undefined),
    ...options.training,
  };
  const dataset = options.dataset ?? (typeof config.dataset === 'string' ? config.dataset : undefined);
  const card: ModelCard = {
    name: options.name ?? `${config.base} ${config.task}`,
    base: config.base,
    task: config.task,
    labels: [...model.labels],
    maxLength: config.maxLength,
    ...options,
    ...(dataset !== undefined ? { dataset } : {}),
    training,
  };
  const evaluation = options.evaluation ?? evaluationFigures(lastEvaluation(model));
  if (evaluation) card.evaluation = evaluation;
  return card;
}

function table(rows: Array<[string, unknown]>): string {
  const cell = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v)).replace(/\|/g, '\\|');
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`)].join('\n');
}

export function renderModelCard(card: ModelCard, savedAt: string): string {
  const figure = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(4));
  const parts = [
    `# ${card.name}`,
    card.description ?? `A ${card.task} model fine-tuned from ${card.base} with transferlab.`,
    '## Model',
    table([
      ['Base model', card.base],
      ['Task', card.task],
      ['Labels', card.labels.join(', ')],
      ['Max length (tokens)', String(card.maxLength)],
      ['Saved', savedAt],
    ]),
    '## Data set',
    card.dataset ?? 'Not recorded (pass `card: { dataset }` to tl.save).',
    '## Training',
    card.training ? table(Object.entries(card.training)) : 'Not recorded.',
    '## Evaluation',
    card.evaluation
      ? table(Object.entries(card.evaluation).map(([k, v]) => [k, figure(v)]))
      : 'No evaluation recorded: run tl.evaluate(model, test) before tl.save().',
  ];
  if (card.quantization) parts.push('## Quantization', table(Object.entries(card.quantization)));
  if (card.intendedUse) parts.push('## Intended use', card.intendedUse);
  if (card.limitations) parts.push('## Limitations', card.limitations);
  parts.push('## Use', '```sh\nnpx transferlab serve DIR\nnpx transferlab predict DIR "some text"\n```');
  return parts.join('\n\n') + '\n';
}
