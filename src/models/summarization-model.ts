// The summarization model contract: what tl.summarizer() (extractive) and the seq2seq families (T5,
// BART) both satisfy, so that evaluate, save/load and serve treat them alike.
import type { GenerateOptions, SummaryPrediction, TextModelConfig } from './types';

export interface SummarizationConfig extends TextModelConfig {
  task: 'summarization';
}

export interface SummarizationModel {
  readonly config: SummarizationConfig;
  /**
   * One summary per text, in order. Generators honour the GenerateOptions; extractive summarizers
   * have nothing to generate and ignore them (they pick whole sentences and give their offsets).
   */
  predict(texts: string[], options?: GenerateOptions): Promise<SummaryPrediction[]>;
}

export function isSummarizationModel(value: unknown): value is SummarizationModel {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<SummarizationModel>;
  return typeof m.predict === 'function' && typeof m.config === 'object' && m.config !== null && m.config.task === 'summarization';
}
