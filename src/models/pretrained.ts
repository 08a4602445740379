// What loadPretrained takes and returns; open to new model families (see PretrainedTypes).
import type { PretrainedModel } from './pretrained-model';

export interface LoadPretrainedOptions {
  /** false: load frozen (layers models; word vectors' embeddingLayer() default). Default: layers models trainable as saved, word vectors frozen. */
  trainable?: boolean;
  /** glove-100d: keep only the most frequent words. */
  maxWords?: number;
  /** Folders to find npm packages from; default the current directory, then transferlab's own. */
  packageRoots?: string[];
}

/**
 * What loadPretrained returns for a reference, by reference: each model family adds
 * its own in its family.ts by declaration merging, e.g.
 * `declare module '../pretrained' { interface PretrainedTypes { 'use-lite': UseLite } }`
 * (a key may be a pattern such as `` `hf:${string}` ``).
 */
export interface PretrainedTypes {}

/** What loadPretrained can return: a TF.js model wrapper, or what a model family loads. */
export type Pretrained = PretrainedModel | PretrainedTypes[keyof PretrainedTypes];
