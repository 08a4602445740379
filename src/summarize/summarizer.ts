// tl.summarizer(encoder?, { method, sentences, mmr }): extractive summaries that run offline.
// 'lead' takes the first k sentences (the classic news baseline, strong wherever writers put the
// point first); 'centrality' ranks sentences by weighted PageRank over the cosine graph of their
// sentence embeddings (TextRank/LexRank) and, with `mmr`, picks them by Maximal Marginal Relevance
// against redundancy. Chosen sentences come back in document order with their offsets.
import { tf } from '../tf';
import { JUPYTER_DISPLAY, type MimeBundle } from '../display';
import { escapeHtml } from '../display/escape-html';
import type { GenerateOptions, SummaryPrediction } from '../models/types';
import type { SummarizationConfig, SummarizationModel } from '../models/summarization-model';
import { loadPretrained } from '../models/load-pretrained';
import { checkOptions } from '../options';
import { cosineMatrix, mmrSelect, pageRank } from './centrality';
import { SUMMARIZER_SPEC, EXTRACTIVE_METHODS } from './option-specs';
import { splitSentences, type SentenceSpan } from './sentences';

export type ExtractiveMethod = (typeof EXTRACTIVE_METHODS)[number];

/** A sentence encoder: USE-lite (tl.loadPretrained('use-lite')) or anything with the same embed(). */
export interface SentenceEncoder {
  /** A tl.loadPretrained reference: tl.save records it and tl.load loads the encoder by it. */
  readonly name?: string;
  /** One embedding per text, [texts, dim]. Caller disposes. */
  embed(texts: string[]): tf.Tensor2D;
}

export interface SummarizerOptions {
  /** 'lead' (first k sentences) or 'centrality' (default: graph centrality over sentence embeddings). */
  method?: ExtractiveMethod;
  /** Sentences per summary, k. Default 3. */
  sentences?: number;
  /** MMR's lambda in [0, 1]: relevance weight against redundancy (0.7 is a usual start); absent: plain top-k. Centrality only. */
  mmr?: number;
  /** Sentences per encoder call. Default 64. */
  batchSize?: number;
}

export interface ExtractiveConfig extends SummarizationConfig {
  method: ExtractiveMethod;
  sentences: number;
  mmr: number | null;
  /** The encoder's loadPretrained reference; null for 'lead'. */
  encoder: string | null;
}

const CALLER = 'tl.summarizer(encoder?, options)';

export class ExtractiveSummarizer implements SummarizationModel {
  readonly config: ExtractiveConfig;
  private encoderPromise?: Promise<SentenceEncoder>;

  constructor(config: ExtractiveConfig, encoder?: SentenceEncoder) {
    this.config = config;
    if (encoder) this.encoderPromise = Promise.resolve(encoder);
  }

  /** The sentence encoder, loaded by name on first use when none was passed. */
  private encoder(): Promise<SentenceEncoder> {
    if (!this.encoderPromise) {
      const ref = this.config.encoder ?? 'use-lite';
      this.encoderPromise = loadPretrained(ref).then((m) => {
        if (typeof (m as Partial<SentenceEncoder>).embed !== 'function') throw new TypeError(`summarizer: encoder '${ref}' has no embed(texts); use a sentence encoder such as 'use-lite'`);
        return m as unknown as SentenceEncoder;
      });
    }
    return this.encoderPromise;
  }

  /** One summary per text: the chosen sentences joined by '\n' (rougeLsum's separator), with their offsets. */
  async predict(texts: string[], _options: GenerateOptions = {}): Promise<SummaryPrediction[]> {
    if (!Array.isArray(texts) || texts.some((t) => typeof t !== 'string')) throw new TypeError('summarizer.predict(texts): texts must be an array of strings');
    const split = texts.map((t) => splitSentences(t));
    const k = this.config.sentences;
    let chosen: number[][];
    if (this.config.method === 'lead') chosen = split.map((s) => s.slice(0, k).map((_, i) => i));
    else chosen = await this.central(split);
    return split.map((spans, d) => {
      const picked = [...chosen[d]].sort((a, b) => a - b).map((i) => spans[i]);
      return { summary: picked.map((s) => s.text).join('\n'), sentences: picked.map((s) => ({ start: s.start, end: s.end })) };
    });
  }

  private async central(split: SentenceSpan[][]): Promise<number[][]> {
    const k = this.config.sentences;
    const needed = split.map((s) => s.length > k);
    const all = split.flatMap((s, d) => (needed[d] ? s.map((x) => x.text) : []));
    if (all.length === 0) return split.map((spans) => spans.map((_, i) => i));
    const encoder = await this.encoder();
    const batch = (this.config.batchSize as number | undefined) ?? 64;
    const parts: tf.Tensor2D[] = [];
    let offset = 0;
    try {
      for (let i = 0; i < all.length; i += batch) parts.push(encoder.embed(all.slice(i, i + batch)));
      const embeddings = parts.length === 1 ? parts[0] : (tf.concat(parts, 0) as tf.Tensor2D);
      if (parts.length > 1) parts.push(embeddings);
      return split.map((spans, d) => {
        if (!needed[d]) return spans.map((_, i) => i);
        const rows = embeddings.slice([offset, 0], [spans.length, -1]);
        offset += spans.length;
        const similarity = cosineMatrix(rows);
        rows.dispose();
        return mmrSelect(pageRank(similarity), similarity, k, this.config.mmr ?? 1);
      });
    } finally {
      tf.dispose(parts);
    }
  }

  toString(): string {
    const { method, sentences, mmr, encoder } = this.config;
    return `ExtractiveSummarizer ${method}-${sentences}${method === 'centrality' ? ` on ${encoder ?? 'use-lite'}${mmr === null ? '' : `, MMR lambda ${mmr}`}` : ''}`;
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    return { 'text/plain': this.toString(), 'text/html': `<b>${escapeHtml(this.toString())}</b>` };
  }
}

function isEncoder(value: unknown): value is SentenceEncoder {
  return typeof value === 'object' && value !== null && typeof (value as Partial<SentenceEncoder>).embed === 'function';
}

/**
 * An extractive summarization model. tl.summarizer({ method: 'lead', sentences: 3 }) needs no encoder;
 * 'centrality' uses the encoder passed (or loads 'use-lite' on first use).
 */
export function summarizer(encoder?: SentenceEncoder | SummarizerOptions, options: SummarizerOptions = {}): ExtractiveSummarizer {
  if (encoder !== undefined && !isEncoder(encoder)) {
    if (Object.keys(options).length > 0) throw new TypeError(`${CALLER}: the first argument must be a sentence encoder (with embed(texts)) when options follow`);
    options = encoder;
    encoder = undefined;
  }
  checkOptions(CALLER, 'options', options, SUMMARIZER_SPEC);
  const method = options.method ?? 'centrality';
  if (method === 'lead' && options.mmr !== undefined) throw new TypeError(`${CALLER}: options.mmr applies to method 'centrality' only; leave it out for 'lead'`);
  const name = method === 'lead' ? null : (encoder?.name ?? 'use-lite');
  const config: ExtractiveConfig = {
    task: 'summarization',
    labels: [],
    maxLength: 0,
    base: name ?? 'none',
    method,
    sentences: options.sentences ?? 3,
    mmr: options.mmr ?? null,
    encoder: name,
    ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
  };
  return new ExtractiveSummarizer(config, method === 'lead' ? undefined : encoder);
}
