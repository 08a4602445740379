// Data sets, splits, label encoding, batching and exploratory display, on danfojs DataFrames.
// Importing this folder also makes DataFrames, Series and tensors render as tables in a notebook.
import { toTensors } from './batches';
import { describe } from './describe';
import { installDisplays } from './install-display';
import { classBalance, encodeLabels } from './labels';
import { textLengths } from './lengths';
import { BUILTIN_DATASETS, load } from './load';
import { split } from './split';
import { taggedSentences } from './tagged';
import { loadGoldNer, loadGoldQa } from './gold';
import { loadGoldSummaries } from './gold-summaries';

installDisplays();

/** tl.datasets.load('imdb' | 'spam-assassin' | path | 'hf:owner/name' | URL, options); goldNer/goldQa/goldSummaries: the project's own NER, QA and summarization gold sets (data/gold/DATASHEET.md). */
export const datasets = { load, builtin: BUILTIN_DATASETS, goldNer: loadGoldNer, goldQa: loadGoldQa, goldSummaries: loadGoldSummaries };

/** tl.data: preparation helpers. */
export const data = { split, encodeLabels, classBalance, textLengths, toTensors, describe, taggedSentences };

export type { DatasetLoadOptions } from './load';
export type { FileFormat as DataFileFormat } from './files';
export type { SplitOptions, SplitRatios, Splits } from './split';
export type { EncodeLabelsOptions, EncodedLabels } from './labels';
export type { TextLengths, TextLengthOptions } from './lengths';
export type { TextBatch, ToTensorsOptions } from './batches';
export type { ColumnSummary } from './describe';
export { DataDescription } from './describe';
export type { TaggedSentences } from './tagged';
export { DataFrame, Series } from 'danfojs-node';
export { tokenClassificationRecords, alignLabels, tokenClassificationTensors, wordsToText, wordIdsOf } from './token-classification';
export type { TagScheme, TaggedRecord, TokenClassificationRecords, TokenClassificationOptions, AlignOptions, AlignedSentence } from './token-classification';
export { parseSquad, readSquad, type QaRecord } from './squad';
export { qaFeatures, qaTensors, pairTemplate, answerTokens } from './qa-features';
export type { QaFeature, QaFeatureOptions, QaInput, PairTemplate } from './qa-features';
export { GOLD_NER_LABELS, GOLD_NER_TYPES } from './gold';
export type { GoldLoadOptions, GoldNerRecord, GoldQaRecord, GoldNerEntity } from './gold';
export type { GoldSummaryOptions, GoldSummaryRecord, GoldSummarySplit } from './gold-summaries';
