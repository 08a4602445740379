// tl.classifier(base, { labels, hidden, dropout }): sequence classification on a pre-trained base.
import { tf } from '../../tf';
import type { TextModel } from '../types';
import type { ClassifierOptions, EncoderBase } from './types';
import { assemble, checkBase, outputLayers, validateLabels, validateRate } from './head-model';
import { HeadedTextModel } from './text-model';
import { checkTruncation } from './truncation';

const DEFAULT_MAX_LENGTH = 256;

export function classifier(base: EncoderBase, options: ClassifierOptions): TextModel {
  checkBase(base, 'classifier');
  const labels = validateLabels(options?.labels, 'classifier');
  const dropout = validateRate(options.dropout ?? 0.1, 'classifier');
  const hidden = options.hidden ?? 0;
  const truncation = checkTruncation(options.truncation, 'classifier');
  if (!Number.isInteger(hidden) || hidden < 0) throw new Error(`classifier: hidden must be a non-negative integer, got ${hidden}.`);
  const layers: tf.layers.Layer[] = [];
  if (hidden > 0) {
    if (dropout > 0) layers.push(tf.layers.dropout({ rate: dropout, name: 'head_dropout_hidden' }));
    layers.push(tf.layers.dense({ units: hidden, activation: 'relu', name: 'head_hidden' }));
  }
  layers.push(...outputLayers(labels.length, dropout));
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
