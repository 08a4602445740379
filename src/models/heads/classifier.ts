// tl.classifier(base, { labels, hidden, dropout }): sequence classification on a pre-trained base.
import { tf } from '../../tf';
import type { TextModel } from '../types';
import type { ClassifierOptions, EncoderBase } from './types';
import { assemble, checkBase, outputLayers, seededGlorot, validateLabels, validateRate } from './head-model';
import { seedOrNext } from '../../seed';
import { HeadedTextModel } from './text-model';
import { checkTruncation } from './truncation';
import { checkOptions } from '../../options';
import { CLASSIFIER_SPEC } from '../option-specs';

const DEFAULT_MAX_LENGTH = 256;

export function classifier(base: EncoderBase, options: ClassifierOptions): TextModel {
  checkOptions('tl.classifier(base, options)', 'options', options, CLASSIFIER_SPEC);
  checkBase(base, 'classifier');
  const labels = validateLabels(options?.labels, 'classifier');
  const dropout = validateRate(options.dropout ?? 0.1, 'classifier');
  const hidden = options.hidden ?? 0;
  const truncation = checkTruncation(options.truncation, 'classifier');
  if (!Number.isInteger(hidden) || hidden < 0) throw new Error(`classifier: hidden must be a non-negative integer, got ${hidden}.`);
  // One seed per new dense layer, so the hidden and output layers do not start from the same stream.
  const seed = seedOrNext(options.seed);
  const layers: tf.layers.Layer[] = [];
  if (hidden > 0) {
    if (dropout > 0) layers.push(tf.layers.dropout({ rate: dropout, name: 'head_dropout_hidden' }));
    layers.push(tf.layers.dense({ units: hidden, activation: 'relu', name: 'head_hidden', kernelInitializer: seededGlorot(seed) }));
  }
  layers.push(...outputLayers(labels.length, dropout, seed === undefined ? undefined : (seed + 1) >>> 0));
  const model = assemble(base.buildEncoder({ sequence: false }), layers, 'classifier');
  return new HeadedTextModel(model, base.tokenizer, {
    task: 'sequence-classification',
    labels,
    maxLength: options.maxLength ?? base.maxLength ?? DEFAULT_MAX_LENGTH,
    base: base.name ?? 'custom',
    hidden,
    dropout,
    truncation,
  });
}
