// tl.evaluate() for token classification: predict each sentence's text, give each gold word a
// predicted tag and score the word tags with seqeval. As in Hugging Face's token-classification
// guide, a word takes the tag of its first sub-token when the prediction has tokens with offsets
// (a model); a tagger that only returns entities (the rule baseline), or an explicit
// `aggregation`, tags the words its entities cover instead.
import type { EntityPrediction, TextModel } from '../models/types';
import type { Aggregation } from '../models/heads/entity-grouping';
import type { CharSpan } from '../tokenizers/offsets-types';
import { wordsToText } from '../data/token-classification';
import { EntityEvaluationReport, type EvaluatedSentence } from './entity-report';
import { spansOfTags, wordTagsOf } from './word-tags';

/** One gold sentence: words and IOB2 tags, optionally its original text and the words' spans in it. */
export interface NerRecord {
  tokens: readonly string[];
  tags: readonly string[];
  text?: string;
  offsets?: ReadonlyArray<readonly [number, number]>;
}

/** tl.tokenClassificationRecords(...) output, tl.datasets.goldNer(...) records, or { tokens, tags } sentences. */
export type NerEvaluationData = { records: readonly NerRecord[] } | readonly NerRecord[];

/** Anything that returns entities per text: a token-classification model, or a baseline such as tl.ruleNerTagger(). */
export interface EntityTagger {
  readonly config: { task: 'token-classification'; [key: string]: unknown };
  predict(texts: string[], options?: { batchSize?: number; aggregation?: Aggregation }): Promise<EntityPrediction[]>;
}

export interface EntityEvaluateOptions {
  batchSize?: number;
  /** Score the entities the model groups this way instead of its words' first sub-token tags. */
  aggregation?: Aggregation;
}

type Token = { label: string; start?: number; end?: number };

/** Each word's first sub-token tag (the token starting in the word, else the first overlapping it), or undefined without offsets. */
function firstPieceTags(tokens: unknown, words: readonly CharSpan[]): string[] | undefined {
  if (!Array.isArray(tokens)) return undefined;
  const placed = (tokens as Token[]).filter((t) => typeof t?.label === 'string' && typeof t.start === 'number' && typeof t.end === 'number' && t.end > t.start);
  if (placed.length === 0 && tokens.length > 0) return undefined;
  return words.map(([ws, we]) => {
    const token = placed.find((t) => t.start! >= ws && t.start! < we) ?? placed.find((t) => t.start! < we && t.end! > ws);
    return token && /^(O|[BI]-.+)$/.test(token.label) ? token.label : 'O';
  });
}

function isRecord(r: unknown): r is NerRecord {
  return !!r && Array.isArray((r as NerRecord).tokens) && Array.isArray((r as NerRecord).tags);
}

/** Whether evaluate's data is token-classification records. */
export function isNerData(data: unknown): data is NerEvaluationData {
  const list = Array.isArray(data) ? data : (data as { records?: unknown })?.records;
  return Array.isArray(list) && list.length > 0 && isRecord(list[0]);
}

function sentenceOf(record: unknown, i: number): { text: string; words: CharSpan[]; tags: string[] } {
  if (!isRecord(record) || record.tokens.length !== record.tags.length) {
    throw new TypeError(`evaluate: record ${i} needs arrays 'tokens' and 'tags' of one length (IOB2 tags such as 'B-PER').`);
  }
  record.tags.forEach((t, k) => {
    if (typeof t !== 'string' || !/^(O|[BI]-.+)$/.test(t)) throw new TypeError(`evaluate: record ${i} token ${k} has tag ${JSON.stringify(t)}; expected O, B-TYPE or I-TYPE (integer tags: map them with tl.tokenClassificationRecords(rows, { tagNames })).`);
  });
  if (typeof record.text === 'string' && Array.isArray(record.offsets)) {
    if (record.offsets.length !== record.tokens.length) throw new RangeError(`evaluate: record ${i} has ${record.tokens.length} tokens but ${record.offsets.length} offsets.`);
    return { text: record.text, words: record.offsets.map(([s, e]): CharSpan => [s, e]), tags: [...record.tags] };
  }
  const { text, spans } = wordsToText(record.tokens);
  return { text, words: spans, tags: [...record.tags] };
}

export async function evaluateEntities(model: TextModel | EntityTagger, data: NerEvaluationData, options: EntityEvaluateOptions = {}): Promise<EntityEvaluationReport> {
  const records = (Array.isArray(data) ? data : (data as { records: readonly NerRecord[] }).records) as readonly unknown[];
  const sentences = records.map(sentenceOf);
  const batchSize = options.batchSize ?? 32;
  const aggregation = options.aggregation;
  const out: EvaluatedSentence[] = [];
  for (let start = 0; start < sentences.length; start += batchSize) {
    const batch = sentences.slice(start, start + batchSize);
    const predictions = (await model.predict(batch.map((s) => s.text), aggregation ? { batchSize, aggregation } : { batchSize })) as unknown[];
    if (!Array.isArray(predictions) || predictions.length !== batch.length) {
      throw new Error(`evaluate: model.predict returned ${Array.isArray(predictions) ? predictions.length : typeof predictions} results for ${batch.length} texts.`);
    }
    batch.forEach((s, k) => {
      const prediction = predictions[k] as Partial<EntityPrediction> & { tokens?: unknown };
      const fromTokens = aggregation ? undefined : firstPieceTags(prediction?.tokens, s.words);
      if (!fromTokens && !Array.isArray(prediction?.entities)) {
        throw new TypeError(`evaluate: the model's prediction ${start + k} has no entities; a token-classification model returns { entities } per text.`);
      }
      const predictedTags = fromTokens ?? wordTagsOf(prediction.entities!, s.words);
      out.push({
        index: start + k,
        text: s.text,
        goldTags: s.tags,
        predictedTags,
        gold: spansOfTags(s.tags, s.words, s.text),
        predicted: spansOfTags(predictedTags, s.words, s.text),
      });
    });
  }
  return new EntityEvaluationReport(out);
}
