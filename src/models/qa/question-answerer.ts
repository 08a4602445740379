// tl.questionAnswerer(base, options): extractive QA on a pre-trained base's token states.
// The head is Hugging Face's qa_outputs: one dense layer [b, L, d] -> start/end logits [b, L, 2].
import { tf } from '../../tf';
import type { EncoderBase } from '../heads/types';
import { assemble, checkBase, seededGlorot, validateRate } from '../heads/head-model';
import { seedOrNext } from '../../seed';
import { checkOptions, rules } from '../../options';
import type { Tokenizer } from '../../tokenizers/types';
import type { TextModelConfig } from '../types';
import { DEFAULT_MAX_ANSWER_LENGTH } from './decode-spans';
import { QA_LABELS, QuestionAnsweringTextModel } from './model';
import type { QuestionAnswererOptions, QuestionAnsweringConfig, QuestionAnsweringModel } from './types';

const DEFAULT_MAX_LENGTH = 384;

const QA_SPEC = {
  maxLength: rules.positiveInteger,
  stride: rules.nonNegativeInteger,
  maxAnswerLength: rules.positiveInteger,
  topK: rules.positiveInteger,
  noAnswerThreshold: 'number',
  seed: rules.seed,
  dropout: rules.fraction,
} as const;

/** The start/end layers: dropout (when above 0), then a linear dense layer of 2 units. */
export function qaHeadLayers(dropout: number, seed?: number): tf.layers.Layer[] {
  const layers: tf.layers.Layer[] = [];
  if (dropout > 0) layers.push(tf.layers.dropout({ rate: dropout, name: 'head_dropout' }));
  layers.push(tf.layers.dense({ units: 2, name: 'head_output', kernelInitializer: seededGlorot(seed) }));
  return layers;
}

/** The config of a QA model: the options' defaults resolved against the base's maxLength. */
export function qaConfig(options: QuestionAnswererOptions, baseMaxLength: number | undefined, base: string, caller: string): QuestionAnsweringConfig {
  const maxLength = options.maxLength ?? Math.min(DEFAULT_MAX_LENGTH, baseMaxLength ?? DEFAULT_MAX_LENGTH);
  if (baseMaxLength !== undefined && maxLength > baseMaxLength) {
    throw new RangeError(`${caller}: maxLength ${maxLength} is longer than the base's ${baseMaxLength} tokens; leave it out or lower it.`);
  }
  const stride = options.stride ?? Math.floor(maxLength / 3);
  if (stride >= maxLength / 2) throw new RangeError(`${caller}: stride ${stride} must be below half of maxLength ${maxLength}, so that windows move forward; lower it.`);
  return {
    task: 'question-answering',
    labels: [...QA_LABELS],
    maxLength,
    stride,
    maxAnswerLength: options.maxAnswerLength ?? DEFAULT_MAX_ANSWER_LENGTH,
    topK: options.topK ?? 1,
    ...(options.noAnswerThreshold !== undefined ? { noAnswerThreshold: options.noAnswerThreshold } : {}),
    base,
    dropout: options.dropout ?? 0.1,
  };
}

export function questionAnswerer(base: EncoderBase, options: QuestionAnswererOptions = {}): QuestionAnsweringModel {
  checkOptions('tl.questionAnswerer(base, options)', 'options', options, QA_SPEC);
  checkBase(base, 'questionAnswerer');
  const config = qaConfig(options, base.maxLength, base.name ?? 'custom', 'questionAnswerer');
  const dropout = validateRate(config.dropout as number, 'questionAnswerer');
  const model = assemble(base.buildEncoder({ sequence: true }), qaHeadLayers(dropout, seedOrNext(options.seed)), 'question_answerer');
  return new QuestionAnsweringTextModel(model, base.tokenizer, config);
}

/** Rebuilds a saved QA model from its LayersModel, tokenizer and config (tl.load). */
export function questionAnswererFromParts(model: tf.LayersModel, tokenizer: Tokenizer, config: TextModelConfig): QuestionAnsweringModel {
  const out = model.outputs[0].shape;
  if (out.length !== 3 || out[2] !== 2) {
    throw new Error(`questionAnswererFromParts: a question-answering model outputs start/end logits [batch, length, 2]; this one outputs [${out.join(', ')}].`);
  }
  const resolved = qaConfig(config as Partial<QuestionAnsweringConfig>, undefined, config.base, 'questionAnswererFromParts');
  return new QuestionAnsweringTextModel(model, tokenizer, { ...config, ...resolved, base: config.base, dropout: config.dropout ?? resolved.dropout });
}

/** Whether `value` is a question-answering model (its predict takes { question, context }). */
export function isQuestionAnsweringModel(value: unknown): value is QuestionAnsweringModel {
  return value instanceof QuestionAnsweringTextModel || (typeof value === 'object' && value !== null && (value as { config?: { task?: unknown } }).config?.task === 'question-answering' && typeof (value as { predict?: unknown }).predict === 'function');
}
