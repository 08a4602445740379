// Question answering features, as in Hugging Face's question answering guide:
// question + context in one sequence of at most maxLength tokens; a long context
// overflows into several windows that overlap by `stride` tokens. The answer's
// character span becomes a start and end token; a window that does not hold the
// whole answer, and a SQuAD v2 question with no answer, point at token 0.
import { tf } from '../tf';
import type { Tokenizer } from '../tokenizers/types';
import type { CharSpan } from '../tokenizers/offsets-types';
import { tokenOffsets } from '../tokenizers/offsets';
import { SentencePieceTokenizer } from '../tokenizers/sentencepiece';
import { WordTokenizer } from '../tokenizers/word';

/** Ids around the two parts: prefix question middle context suffix. */
export interface PairTemplate {
  prefix: number[];
  middle: number[];
  suffix: number[];
}

export interface QaFeatureOptions {
  /** Tokens per window, special tokens included. Default 384. */
  maxLength?: number;
  /** Tokens shared by consecutive windows. Default 128. */
  stride?: number;
  /** Question tokens kept. Default 64. */
  maxQuestionLength?: number;
}

export interface QaFeature {
  /** Index of the question (record) this window belongs to. */
  example: number;
  ids: number[];
  /** Spans into the context for context tokens; null for question and special tokens. */
  offsets: Array<CharSpan | null>;
  /** Token range [contextStart, contextEnd) of the context in ids. */
  contextStart: number;
  contextEnd: number;
  /** Answer tokens (inclusive); both 0 when this window does not hold an answer. */
  startPosition: number;
  endPosition: number;
}

export interface QaInput {
  question: string;
  context: string;
  answers?: { text: string[]; answerStart: number[] };
}

const PAIR_SPECIALS = new WeakMap<Tokenizer, PairTemplate>();

function pieceId(tokenizer: SentencePieceTokenizer, piece: string): number | undefined {
  for (let id = 0; id < Math.min(16, tokenizer.vocabSize); id++) if (tokenizer.idToPiece(id) === piece) return id;
  return undefined;
}

/**
 * How a tokenizer joins a (question, context) pair. tokenizer.json models follow
 * their post-processor ([CLS] q [SEP] c [SEP]; RoBERTa's <s> q </s></s> c </s>);
 * SentencePiece (USE-lite) uses its control symbols <s> q </s> c; word tokenizers
 * their out-of-vocabulary id. The first token is what an unanswerable question points at.
 */
export function pairTemplate(tokenizer: Tokenizer): PairTemplate {
  const known = PAIR_SPECIALS.get(tokenizer);
  if (known) return known;
  let template: PairTemplate;
  if (tokenizer instanceof SentencePieceTokenizer) {
    const bos = pieceId(tokenizer, '<s>') ?? tokenizer.unkId;
    template = { prefix: [bos], middle: [pieceId(tokenizer, '</s>') ?? bos], suffix: [] };
  } else if (tokenizer instanceof WordTokenizer) {
    template = { prefix: [tokenizer.oovId], middle: [tokenizer.oovId], suffix: [] };
  } else {
    const specials = tokenizer.encode('');
    const json = tokenizer.toJSON() as { tokenizer?: { post_processor?: { type?: string } | null } };
    const doubleSep = json.tokenizer?.post_processor?.type === 'RobertaProcessing';
    const sep = specials.length > 0 ? [specials[specials.length - 1]] : [];
    template = { prefix: specials.slice(0, 1), middle: doubleSep ? [...sep, ...sep] : sep, suffix: sep };
  }
  PAIR_SPECIALS.set(tokenizer, template);
  return template;
}

/** The text tokens of a string (special tokens dropped), with their spans. */
function textTokens(tokenizer: Tokenizer, text: string): { ids: number[]; offsets: CharSpan[] } {
  const enc = tokenOffsets(tokenizer, text);
  const ids: number[] = [];
  const offsets: CharSpan[] = [];
  enc.offsets.forEach((o, k) => {
    if (o) {
      ids.push(enc.ids[k]);
      offsets.push(o);
    }
  });
  return { ids, offsets };
}

/** Start and end token (inclusive, positions in the window) of [charStart, charEnd), or undefined when the window does not hold it all. */
export function answerTokens(offsets: readonly CharSpan[], charStart: number, charEnd: number): [number, number] | undefined {
  if (offsets.length === 0 || offsets[0][0] > charStart || offsets[offsets.length - 1][1] < charEnd) return undefined;
  let start = 0;
  while (start + 1 < offsets.length && offsets[start + 1][0] <= charStart) start++;
  // A token ending at or before the answer's start (the space before it) is not its first token.
  while (start + 1 < offsets.length && offsets[start][1] <= charStart) start++;
  let end = offsets.length - 1;
  while (end - 1 >= start && offsets[end - 1][1] >= charEnd) end--;
  return [start, end];
}

export function qaFeatures(tokenizer: Tokenizer, inputs: readonly QaInput[], options: QaFeatureOptions = {}): QaFeature[] {
  const maxLength = options.maxLength ?? 384;
  const stride = options.stride ?? 128;
  const maxQuestion = options.maxQuestionLength ?? 64;
  const { prefix, middle, suffix } = pairTemplate(tokenizer);
  const features: QaFeature[] = [];
  inputs.forEach((input, example) => {
    if (!input || typeof input.question !== 'string' || typeof input.context !== 'string') {
      throw new TypeError(`qaFeatures: inputs[${example}] must be { question: string, context: string }.`);
    }
    const question = textTokens(tokenizer, input.question).ids.slice(0, maxQuestion);
    const context = textTokens(tokenizer, input.context);
    const head = [...prefix, ...question, ...middle];
    const budget = maxLength - head.length - suffix.length;
    if (budget <= 0) throw new Error(`qaFeatures: maxLength ${maxLength} leaves no room for the context after ${head.length} question and special tokens; raise maxLength or lower maxQuestionLength.`);
    if (stride < 0 || stride >= budget) throw new Error(`qaFeatures: stride ${stride} must be at least 0 and below the ${budget} context tokens a window holds; lower stride or raise maxLength.`);
    const answer = input.answers && input.answers.text.length > 0 ? { start: input.answers.answerStart[0], end: input.answers.answerStart[0] + input.answers.text[0].length } : undefined;
    for (let start = 0; ; start += budget - stride) {
      const end = Math.min(start + budget, context.ids.length);
      const windowOffsets = context.offsets.slice(start, end);
      const ids = [...head, ...context.ids.slice(start, end), ...suffix];
      const offsets: Array<CharSpan | null> = ids.map((_, k) => (k >= head.length && k < head.length + (end - start) ? windowOffsets[k - head.length] : null));
      const span = answer ? answerTokens(windowOffsets, answer.start, answer.end) : undefined;
      features.push({
        example,
        ids,
        offsets,
        contextStart: head.length,
        contextEnd: head.length + (end - start),
        startPosition: span ? span[0] + head.length : 0,
        endPosition: span ? span[1] + head.length : 0,
      });
      if (end >= context.ids.length) break;
    }
  });
  return features;
}

/** Features as fineTune's tensors: ids [n, maxLength] padded with the pad id, labels [n, 2] (start, end). */
export function qaTensors(tokenizer: Tokenizer, features: readonly QaFeature[], maxLength: number): { x: tf.Tensor2D; y: tf.Tensor2D } {
  if (features.length === 0) throw new Error('qaTensors: no features.');
  const x = new Int32Array(features.length * maxLength).fill(tokenizer.padId);
  const y = new Int32Array(features.length * 2);
  features.forEach((f, i) => {
    if (f.ids.length > maxLength) throw new Error(`qaTensors: feature ${i} has ${f.ids.length} tokens, more than maxLength ${maxLength}.`);
    x.set(f.ids, i * maxLength);
    y[2 * i] = f.startPosition;
    y[2 * i + 1] = f.endPosition;
  });
  return { x: tf.tensor2d(x, [features.length, maxLength], 'int32'), y: tf.tensor2d(y, [features.length, 2], 'int32') };
}
