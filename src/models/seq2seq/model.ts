// A loaded encoder-decoder: the trainable tf.LayersModel, its tokenizer, generate(), and
// predict() in the summarization model contract (SummaryPrediction per text).
import { tf } from '../../tf';
import type { GenerateOptions, SummaryPrediction, TextModelConfig } from '../types';
import type { HuggingFaceTokenizer } from '../huggingface/tokenizer';
import { forward, runEncoder, type Seq2SeqParts } from './architecture';
import type { Seq2SeqConfig } from './config';
import { generateIds } from './generate/generate';
import { resolveGenerateOptions, type ResolvedGenerateOptions } from './generate/options';

export interface Seq2SeqEncodeOptions {
  /** Truncate inputs to this many tokens (default: the model's maxLength). The final eos is kept. */
  maxLength?: number;
}

/** HF's task_specific_params.summarization (t5-small, distilbart-cnn carry one). */
interface SummarizationParams {
  prefix?: string;
  max_length?: number;
  num_beams?: number;
  length_penalty?: number;
  no_repeat_ngram_size?: number;
  early_stopping?: boolean;
}

export class Seq2SeqModel {
  readonly labels: string[] = [];
  readonly config: TextModelConfig;

  constructor(
    readonly model: tf.LayersModel,
    readonly parts: Seq2SeqParts,
    readonly tokenizer: HuggingFaceTokenizer,
    base: string,
  ) {
    const cfg = parts.cfg;
    const maxLength = cfg.style === 'bart' ? cfg.maxPositions : typeof cfg.raw.n_positions === 'number' ? cfg.raw.n_positions : 512;
    this.config = { task: 'summarization', labels: [], maxLength, base, seq2seq: cfg.modelType };
  }

  get arch(): Seq2SeqConfig {
    return this.parts.cfg;
  }

  /** Token ids padded with the pad id into [batch, longest]. Caller disposes. */
  encode(texts: string[], options: Seq2SeqEncodeOptions = {}): tf.Tensor2D {
    return this.encodeIds(texts.map((t) => this.tokenizer.encode(t)), options);
  }

  /** Already tokenized rows, truncated (keeping a final eos) and padded. Caller disposes. */
  encodeIds(rows: number[][], options: Seq2SeqEncodeOptions = {}): tf.Tensor2D {
    const max = options.maxLength ?? this.config.maxLength;
    const eos = this.arch.eosTokenId;
    const cut = rows.map((ids) => (ids.length <= max ? ids : ids[ids.length - 1] === eos ? [...ids.slice(0, max - 1), eos] : ids.slice(0, max)));
    const width = Math.max(1, ...cut.map((r) => r.length));
    const pad = this.arch.padTokenId;
    return tf.tensor2d(cut.map((r) => [...r, ...new Array<number>(width - r.length).fill(pad)]), [cut.length, width], 'int32');
  }

  /** Generated token ids per input row (no decoder start token; eos kept when reached). */
  generateIds(ids: tf.Tensor2D, options: GenerateOptions & { cache?: boolean } = {}): number[][] {
    return generateIds(this.parts, ids, resolveGenerateOptions(options));
  }

  /** Generated texts, special tokens removed. */
  async generate(texts: string[], options: GenerateOptions & { cache?: boolean } = {}): Promise<string[]> {
    return this.run(texts, resolveGenerateOptions(options));
  }

  private async run(texts: string[], options: ResolvedGenerateOptions): Promise<string[]> {
    const ids = this.encode(texts);
    try {
      return generateIds(this.parts, ids, options).map((row) => this.tokenizer.decode(row, { skipSpecialTokens: true }).trim());
    } finally {
      ids.dispose();
    }
  }

  /**
   * Summaries (the summarization model contract). The checkpoint's
   * task_specific_params.summarization supplies the prefix ('summarize: ' for T5) and the
   * generation defaults; `options` override them.
   */
  async predict(texts: string[], options: GenerateOptions = {}): Promise<SummaryPrediction[]> {
    const params = ((this.arch.raw.task_specific_params as Record<string, unknown> | undefined)?.summarization ?? {}) as SummarizationParams;
    const defaults = {
      // HF's max_length counts the decoder start token.
      ...(params.max_length !== undefined ? { maxNewTokens: Math.max(1, params.max_length - 1) } : {}),
      ...(params.num_beams !== undefined ? { numBeams: params.num_beams } : {}),
      ...(params.length_penalty !== undefined ? { lengthPenalty: params.length_penalty } : {}),
      ...(params.no_repeat_ngram_size !== undefined ? { noRepeatNgramSize: params.no_repeat_ngram_size } : {}),
      ...(params.early_stopping !== undefined ? { earlyStopping: params.early_stopping } : {}),
    };
    const prefix = params.prefix ?? '';
    const summaries = await this.run(texts.map((t) => prefix + t), resolveGenerateOptions(options, defaults));
    return summaries.map((summary) => ({ summary }));
  }

  /** Teacher-forced logits [batch, decoderLength, vocab]. Caller disposes. */
  logits(ids: tf.Tensor2D, decoderIds: tf.Tensor2D): tf.Tensor3D {
    return forward(this.parts, ids, decoderIds, false) as tf.Tensor3D;
  }

  /** The encoder's last hidden states [batch, length, d_model]. Caller disposes. */
  encoderStates(ids: tf.Tensor2D): tf.Tensor3D {
    const { hidden, padding } = runEncoder(this.parts, ids);
    padding.dispose();
    return hidden as tf.Tensor3D;
  }

  dispose(): void {
    this.model.dispose();
  }
}

export function isSeq2SeqModel(value: unknown): value is Seq2SeqModel {
  return value instanceof Seq2SeqModel;
}
