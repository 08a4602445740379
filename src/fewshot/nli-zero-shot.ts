// tl.zeroShot with a Hugging Face NLI cross-encoder: a ...ForSequenceClassification
// checkpoint whose labels include entailment and contradiction. As Hugging Face's
// zero-shot-classification pipeline does, each (text, template filled with a label's
// description) pair goes through the model, premise first, and is scored by entailment:
//  - multiLabel false: softmax over the candidate labels of the entailment logits;
//  - multiLabel true: per label, softmax of its (contradiction, entailment) logits, the
//    entailment share (independent scores that need not sum to 1).
// The result keeps the NLI model as its `model` and records the candidate labels in its
// config, so tl.save writes it like any classifier and tl.load rebuilds this wrapper.
import { tf } from '../tf';
import type { Prediction, TextModel, TextModelConfig } from '../models/types';
import type { Tokenizer } from '../tokenizers/types';
import { padIds } from '../models/batching';
import { headLogits } from '../models/huggingface/load';
import type { PairEncoding, PairOptions } from '../models/huggingface/pair';
import { checkOptions } from '../options';
import { BATCH_SPEC } from '../models/option-specs';
import { fillTemplate, labelDescriptions, type ZeroShotLabel } from './label-descriptions';

/** Hugging Face's zero-shot pipeline default hypothesis template. */
export const NLI_TEMPLATE = 'This example is {}.';

/** What config.zeroShot of an NLI zero-shot model records. */
export interface NliZeroShotRecord {
  mode: 'nli';
  descriptions: string[];
  template: string;
  multiLabel: boolean;
  /** The NLI model's own labels, and which of them are entailment and contradiction. */
  nliLabels: string[];
  entailment: number;
  contradiction: number;
}

export interface NliZeroShotOptions {
  labels: ZeroShotLabel[];
  template?: string;
  templates?: string[];
  multiLabel?: boolean;
  maxLength?: number;
  temperature?: number;
}

type PairTokenizer = Tokenizer & { encodePair(first: string, second: string, options?: PairOptions): PairEncoding };

const CALLER = 'tl.zeroShot(nliModel, options)';

/** Indices of the entailment and contradiction labels (matched as the HF pipeline does, by prefix, any case). */
export function nliLabelIndices(labels: readonly string[]): { entailment: number; contradiction: number } | undefined {
  const entailment = labels.findIndex((l) => l.toLowerCase().startsWith('entail'));
  const contradiction = labels.findIndex((l) => l.toLowerCase().startsWith('contradict'));
  return entailment >= 0 && contradiction >= 0 ? { entailment, contradiction } : undefined;
}

/** A sequence classifier over NLI labels whose tokenizer encodes text pairs: what NLI scoring needs. */
export function isNliModel(x: unknown): x is TextModel {
  const m = x as Partial<TextModel> | null;
  return (
    !!m &&
    m.model instanceof tf.LayersModel &&
    Array.isArray(m.labels) &&
    m.config?.task === 'sequence-classification' &&
    typeof (m.tokenizer as Partial<PairTokenizer> | undefined)?.encodePair === 'function' &&
    nliLabelIndices(m.labels) !== undefined
  );
}

export function isNliZeroShotConfig(config: TextModelConfig): boolean {
  return (config.zeroShot as { mode?: string } | undefined)?.mode === 'nli';
}

export class NliZeroShotModel implements TextModel {
  readonly labels: string[];

  constructor(
    readonly model: tf.LayersModel,
    readonly tokenizer: Tokenizer,
    readonly config: TextModelConfig,
  ) {
    this.labels = config.labels;
    if (typeof (tokenizer as Partial<PairTokenizer>).encodePair !== 'function') {
      throw new Error(`${CALLER}: the NLI model's tokenizer cannot encode text pairs; load the checkpoint with tl.loadPretrained('hf:...') or tl.load.`);
    }
  }

  get record(): NliZeroShotRecord {
    return this.config.zeroShot as NliZeroShotRecord;
  }

  /** The (text, hypothesis) pairs as token ids, text-major: row i·labels + k pairs text i with label k. */
  pairIds(texts: string[]): number[][] {
    if (!Array.isArray(texts)) throw new TypeError(`${CALLER}: expected an array of strings.`);
    const { descriptions, template } = this.record;
    const hypotheses = descriptions.map((d) => fillTemplate(template, d));
    const tokenizer = this.tokenizer as PairTokenizer;
    return texts.flatMap((text, i) => {
      if (typeof text !== 'string') throw new TypeError(`${CALLER}: texts[${i}] is ${typeof text}, expected a string.`);
      // The pipeline truncates the premise only: the hypothesis always survives.
      return hypotheses.map((h) => tokenizer.encodePair(text, h, { maxLength: this.config.maxLength, truncation: 'only_first' }).ids);
    });
  }

  /** The model's input for every (text, label) pair, rows as pairIds orders them. Caller disposes. */
  encode(texts: string[]): tf.Tensor2D {
    return padIds(this.pairIds(texts), this.tokenizer.padId);
  }

  /** NLI logits [texts · labels, nliLabels] of every pair. */
  async pairLogits(texts: string[], batchSize = 32): Promise<number[][]> {
    const ids = this.pairIds(texts);
    const rows: number[][] = [];
    for (let start = 0; start < ids.length; start += batchSize) {
      const logits = tf.tidy(() => headLogits(this.model, padIds(ids.slice(start, start + batchSize), this.tokenizer.padId)));
      rows.push(...((await logits.array()) as number[][]));
      logits.dispose();
    }
    return rows;
  }

  async predict(texts: string[], options: { batchSize?: number } = {}): Promise<Prediction[]> {
    checkOptions('model.predict(texts, options)', 'options', options, BATCH_SPEC);
    const { entailment, contradiction, multiLabel } = this.record;
    const logits = await this.pairLogits(texts, options.batchSize ?? 32);
    const k = this.labels.length;
    return texts.map((_, i) => {
      const rows = logits.slice(i * k, (i + 1) * k);
      const scores = multiLabel ? rows.map((r) => softmax([r[contradiction], r[entailment]])[1]) : softmax(rows.map((r) => r[entailment]));
      let best = 0;
      scores.forEach((s, j) => {
        if (s > scores[best]) best = j;
      });
      return { label: this.labels[best], score: scores[best], scores };
    });
  }
}

function softmax(xs: number[]): number[] {
  const max = Math.max(...xs);
  const exp = xs.map((x) => Math.exp(x - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

export function nliZeroShot(nli: TextModel, options: NliZeroShotOptions): TextModel {
  const labels = labelDescriptions(options?.labels);
  if (options.temperature !== undefined) {
    throw new Error(`${CALLER}: options.temperature applies to embedding similarity, not to NLI scoring; leave it out with an NLI model.`);
  }
  if (options.template !== undefined && options.templates !== undefined) throw new Error(`${CALLER}: give options.template or options.templates, not both.`);
  if (options.templates !== undefined && options.templates.length !== 1) {
    throw new Error(`${CALLER}: options.templates has ${options.templates.length} templates; NLI scoring takes one hypothesis template (options.template), e.g. '${NLI_TEMPLATE}'.`);
  }
  const template = options.template ?? options.templates?.[0] ?? NLI_TEMPLATE;
  if (!template.includes('{}')) throw new Error(`${CALLER}: options.template '${template}' has no '{}' where the label description goes, e.g. '${NLI_TEMPLATE}'.`);
  const { entailment, contradiction } = nliLabelIndices(nli.labels)!;
  const record: NliZeroShotRecord = {
    mode: 'nli',
    descriptions: labels.map((l) => l.description),
    template,
    multiLabel: options.multiLabel ?? false,
    nliLabels: [...nli.labels],
    entailment,
    contradiction,
  };
  return new NliZeroShotModel(nli.model, nli.tokenizer, {
    ...nli.config,
    task: 'sequence-classification',
    labels: labels.map((l) => l.name),
    maxLength: options.maxLength ?? nli.config.maxLength,
    zeroShot: record,
  });
}
