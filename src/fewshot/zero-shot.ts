// tl.zeroShot(encoder, { labels }): classification with no training data. Each label's
// description is written into every template of an ensemble and embedded; the label's
// vector is the mean of those unit-length embeddings, normalised again. A text's
// scores are softmax(cosine(text, label) / temperature). The cosines are an
// L2Normalize layer plus a dense layer whose kernel holds the label vectors, so the
// result is an ordinary ids -> 'encoder' -> 'head' TextModel: evaluate, save, load,
// serve and even fineTune (a zero-shot start for the head) work on it unchanged.
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

export interface ZeroShotOptions {
  /** At least two labels: names (their own descriptions) or { name, description }. */
  labels: ZeroShotLabel[];
  /** One template with '{}' for the description, e.g. 'This review is {}.'. */
  template?: string;
  /** An ensemble of templates (default: four general ones, see DEFAULT_TEMPLATES). */
  templates?: string[];
  /** Softmax temperature over the cosine similarities (default 0.05); it changes the scores, never the ranking. */
  temperature?: number;
  /** Token limit per text (default: the encoder's maxLength, else 256). */
  maxLength?: number;
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

export function zeroShot(base: EncoderBase, options: ZeroShotOptions): TextModel {
  checkOptions('tl.zeroShot(encoder, options)', 'options', options, ZERO_SHOT_SPEC);
  checkBase(base, 'tl.zeroShot(encoder, options)');
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
