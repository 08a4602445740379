// tl.tokenClassifier(base, { labels }): one label per token (NER and other tagging).
import type { TextModel } from '../types';
import type { EncoderBase, TokenClassifierOptions } from './types';
import { assemble, checkBase, outputLayers, validateLabels, validateRate } from './head-model';
import { HeadedTextModel } from './text-model';
import { seedOrNext } from '../../seed';
import { checkOptions } from '../../options';
import { TOKEN_CLASSIFIER_SPEC } from '../option-specs';
import { DEFAULT_AGGREGATION } from './token-entities';

const DEFAULT_MAX_LENGTH = 256;

export function tokenClassifier(base: EncoderBase, options: TokenClassifierOptions): TextModel {
  checkOptions('tl.tokenClassifier(base, options)', 'options', options, TOKEN_CLASSIFIER_SPEC);
  checkBase(base, 'tokenClassifier');
  const labels = validateLabels(options?.labels, 'tokenClassifier');
  const dropout = validateRate(options.dropout ?? 0.1, 'tokenClassifier');
  const model = assemble(base.buildEncoder({ sequence: true }), outputLayers(labels.length, dropout, seedOrNext(options.seed)), 'token_classifier');
  return new HeadedTextModel(model, base.tokenizer, {
    task: 'token-classification',
    labels,
    maxLength: options.maxLength ?? base.maxLength ?? DEFAULT_MAX_LENGTH,
    base: base.name ?? 'custom',
    dropout,
    aggregation: options.aggregation ?? DEFAULT_AGGREGATION,
  });
}
