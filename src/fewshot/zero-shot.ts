// tl.zeroShot(encoder, { labels }): classification with no training data. Each label's
// description is written into every template of an ensemble and embedded; the label's
// vector is the mean of those unit-length embeddings, normalised again. A text's
// scores are softmax(cosine(text, label) / temperature). The cosines are an
// L2Normalize layer plus a dense layer whose kernel holds the label vectors, so the
// result is an ordinary ids -> 'encoder' -> 'head' TextModel: evaluate, save, load,
// serve and even fineTune (a zero-shot start for the head) work on it unchanged.
// Given a Hugging Face NLI cross-encoder instead of an encoder, it scores by entailment
// (nli-zero-shot.ts).
import { tf } from '../tf';
import type { TextModel } from '../models/types';
import type { EncoderBase } from '../models/heads/types';
import { assemble, checkBase } from '../models/heads/head-model';
import { HeadedTextModel } from '../models/heads/text-model';
import { checkOptions } from '../options';
import { ZERO_SHOT_SPEC } from './option-specs';
import { fillTemplate, labelDescriptions, resolveTemplates, type ZeroShotLabel } from './label-descriptions';
import { embedTexts } from './embed';
import { L2Normalize, l2Normalize } from './l2-normalize';
import { isNliModel, nliZeroShot } from './nli-zero-shot';

export interface ZeroShotOptions {
  /** At least two labels: names (their own descriptions) or { name, description }. */
  labels: ZeroShotLabel[];
  /** One template with '{}' for the description, e.g. 'This review is {}.'. */
  template?: string;
  /** An ensemble of templates (default: four general ones, see DEFAULT_TEMPLATES). */
  templates?: string[];
  /** Softmax temperature over the cosine similarities (default 0.05); it changes the scores, never the ranking. */
  temperature?: number;
  /** Token limit per text (default: the encoder's maxLength, else 256); with an NLI model, per (text, hypothesis) pair. */
  maxLength?: number;
  /**
   * NLI models only: true scores each label on its own (entailment against contradiction, as the HF pipeline's
   * multi_label); false (default) is a softmax of the entailment logits over the labels.
   */
  multiLabel?: boolean;
}

const DEFAULT_MAX_LENGTH = 256;

/** Each label's unit vector: the normalised mean of its templates' normalised embeddings, [labels, dim]. */
export function labelVectors(encoder: tf.LayersModel, base: EncoderBase, descriptions: string[], templates: string[], maxLength: number): tf.Tensor2D {
  const texts = descriptions.flatMap((d) => templates.map((t) => fillTemplate(t, d)));
  const embedded = embedTexts(encoder, base.tokenizer, texts, maxLength);
  return tf.tidy(() => {
    const unit = l2Normalize(embedded).reshape([descriptions.length, templates.length, -1]);
    embedded.dispose();
    return l2Normalize(unit.mean(1)) as tf.Tensor2D;
  });
}

/**
 * A zero-shot classifier over `options.labels`. `encoder`: a sentence encoder (labels by cosine similarity to
 * their descriptions), or a Hugging Face NLI classifier whose labels include entailment and contradiction
 * (labels by entailment of 'This example is {description}.', one template).
 */
export function zeroShot(base: EncoderBase | TextModel, options: ZeroShotOptions): TextModel {
  checkOptions('tl.zeroShot(encoder, options)', 'options', options, ZERO_SHOT_SPEC);
  if (isNliModel(base)) return nliZeroShot(base, options);
  if (options.multiLabel !== undefined) {
    throw new Error('tl.zeroShot(encoder, options): options.multiLabel needs an NLI model (a Hugging Face sequence classifier with entailment and contradiction labels); this is a sentence encoder.');
  }
  checkBase(base as EncoderBase, 'tl.zeroShot(encoder, options)');
  return similarityZeroShot(base as EncoderBase, options);
}

function similarityZeroShot(base: EncoderBase, options: ZeroShotOptions): TextModel {
  const labels = labelDescriptions(options?.labels);
  const templates = resolveTemplates(options.template, options.templates);
  const temperature = options.temperature ?? 0.05;
  const maxLength = options.maxLength ?? base.maxLength ?? DEFAULT_MAX_LENGTH;
  const scores = tf.layers.dense({ units: labels.length, useBias: false, activation: 'softmax', name: 'head_similarity' });
  const model = assemble(base.buildEncoder({ sequence: false }), [new L2Normalize({ name: 'head_l2_normalize' }), scores], 'zero_shot');
  const encoder = model.getLayer('encoder') as tf.LayersModel;
  const vectors = labelVectors(encoder, base, labels.map((l) => l.description), templates, maxLength);
  const kernel = tf.tidy(() => vectors.transpose().div(temperature));
  scores.setWeights([kernel]);
  tf.dispose([vectors, kernel]);
  return new HeadedTextModel(model, base.tokenizer, {
    task: 'sequence-classification',
    labels: labels.map((l) => l.name),
    maxLength,
    base: base.name ?? 'custom',
    zeroShot: { descriptions: labels.map((l) => l.description), templates, temperature },
  });
}
