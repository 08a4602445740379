// tl.save / tl.load of an extractive summarizer: a small verified folder (transferlab.json with the
// config, model-card.md, manifest.json) that names its sentence encoder by its tl.loadPretrained
// reference instead of copying its weights; the encoder loads on the first summary.
import * as path from 'path';
import { writeSavedDirectory } from './saved-dir';
import { CARD_FILE, renderModelCard, type ModelCard, type ModelCardOptions } from './model-card';
import { INFO_FILE } from './saved-model';
import { SavedModelError } from './errors';
import { ExtractiveSummarizer, type ExtractiveConfig } from '../summarize/summarizer';
import type { SummarizationModel } from '../models/summarization-model';
import { lastSummaryEvaluation } from '../evaluate/summaries';

export const SUMMARIZER_FORMAT = 'transferlab-summarizer';

export interface SavedSummarizerInfo {
  format: typeof SUMMARIZER_FORMAT;
  version: 1;
  config: ExtractiveConfig;
  card: ModelCard;
  savedAt: string;
}

/** A summarizer read back by tl.load, with what was saved alongside it. */
export type LoadedSummarizer = ExtractiveSummarizer & { readonly saved: SavedSummarizerInfo & { dir: string } };

export function summarizerCard(model: ExtractiveSummarizer, options: ModelCardOptions = {}): ModelCard {
  const { config } = model;
  const evaluation = options.evaluation ?? lastSummaryEvaluation(model)?.figures();
  return {
    name: options.name ?? `${config.method}-${config.sentences} extractive summarizer`,
    description:
      options.description ??
      (config.method === 'lead'
        ? `Extractive: the first ${config.sentences} sentences of each text.`
        : `Extractive: the ${config.sentences} most central sentences (PageRank over the cosine graph of ${config.encoder} sentence embeddings)${config.mmr === null ? '' : `, picked by MMR with lambda ${config.mmr}`}.`),
    base: config.base,
    task: 'summarization',
    labels: [],
    maxLength: config.maxLength,
    ...options,
    training: { method: config.method, sentences: config.sentences, mmr: config.mmr, encoder: config.encoder, ...options.training },
    ...(evaluation ? { evaluation } : {}),
  };
}

export async function saveSummarizer(model: ExtractiveSummarizer, dir: string, options: { card?: ModelCardOptions; format?: string; quantize?: string } = {}) {
  if ((options.format ?? 'tfjs') !== 'tfjs' || options.quantize !== undefined) {
    throw new TypeError(`tl.save(summarizer, dir, options): an extractive summarizer has no weights of its own; leave out format and quantize (it saves its settings and names its encoder '${model.config.encoder ?? 'none'}')`);
  }
  if (typeof dir !== 'string' || dir === '') throw new TypeError('tl.save(model, dir): dir must be a directory path.');
  const savedAt = new Date().toISOString();
  const card = summarizerCard(model, options.card);
  const info: SavedSummarizerInfo = { format: SUMMARIZER_FORMAT, version: 1, config: model.config, card, savedAt };
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {
    [INFO_FILE]: encoder.encode(JSON.stringify(info, null, 2)),
    [CARD_FILE]: encoder.encode(renderModelCard(card, savedAt)),
  };
  return writeSavedDirectory(dir, files);
}

/** Whether a parsed transferlab.json describes a summarizer. */
export function isSummarizerInfo(info: unknown): info is SavedSummarizerInfo {
  return typeof info === 'object' && info !== null && (info as { format?: unknown }).format === SUMMARIZER_FORMAT;
}

export function summarizerFromInfo(info: SavedSummarizerInfo, root: string): LoadedSummarizer {
  const file = path.join(root, INFO_FILE);
  const c = info.config;
  if (info.version !== 1 || !c || c.task !== 'summarization' || !['lead', 'centrality'].includes(c.method) || !Number.isInteger(c.sentences) || c.sentences < 1) {
    throw new SavedModelError(file, `${file} does not describe a summarizer this version reads (version ${String(info.version)}, method ${String(c?.method)}); save it again with tl.save.`);
  }
  return Object.assign(new ExtractiveSummarizer(c), { saved: { ...info, dir: root } });
}

/** The card of any summarization model served from memory: the extractive one's, else the basics. */
export function summarizationCard(model: SummarizationModel): ModelCard {
  if (model instanceof ExtractiveSummarizer) return summarizerCard(model);
  return { name: `${model.config.base} summarization`, base: model.config.base, task: 'summarization', labels: [], maxLength: model.config.maxLength };
}
