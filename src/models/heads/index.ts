// Task heads on a pre-trained base: the model is ids -> 'encoder' -> 'head'.
export { classifier } from './classifier';
export { tokenClassifier } from './token-classifier';
export { textModelFromParts, HeadedTextModel } from './text-model';
export type { EncoderBase, ClassifierOptions, TokenClassifierOptions, TokenPrediction, TokenSequencePrediction } from './types';
export type { Truncation } from './truncation';
export { groupEntities, subwordFlags, AGGREGATIONS } from './entity-grouping';
export type { Aggregation, ScoredToken } from './entity-grouping';
