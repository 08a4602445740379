// The QA baseline: a sliding-window word-overlap answerer. The rule:
// 1. The question's content words: its words, lower-cased, less stop words and question words.
// 2. A window of `windowWords` context words slides over the context; the window holding the
//    most distinct question content words wins (the earliest on ties).
// 3. When it holds fewer than `minOverlap` of them (a fraction), the answer is "" (SQuAD v2's
//    no answer); so a context that shares nothing with the question answers nothing.
// 4. Else the answer is the longest run (at most `answerWords` words, the earliest on ties) of
//    window words that are neither question words nor stop words and that touch a matched word
//    (or are one stop word away from one): the words "next to" where question and context agree.
// Its score is the matched fraction. No training, no model: it shows what overlap alone gets.
import type { AnswerPrediction, QuestionContext } from '../models/types';

export interface WordOverlapOptions {
  /** Context words per window. Default 12. */
  windowWords?: number;
  /** Most words in an answer. Default 3. */
  answerWords?: number;
  /** Fraction of the question's content words the best window must hold, else no answer. Default 0.5. */
  minOverlap?: number;
}

const STOP = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'i you he she we they me him her us them my your his our their not no so than then there here do does did has have had ' +
    'will would can could should may might must very just also too about into over after before according review film movie ' +
    'who whom whose what which when where why how much many company group organisation organization person place date money amount')
    .split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
}

export class WordOverlapAnswerer {
  readonly config: { task: 'question-answering'; windowWords: number; answerWords: number; minOverlap: number };

  constructor(options: WordOverlapOptions = {}) {
    const windowWords = options.windowWords ?? 12;
    const answerWords = options.answerWords ?? 3;
    const minOverlap = options.minOverlap ?? 0.5;
    for (const [name, v] of [['windowWords', windowWords], ['answerWords', answerWords]] as const) {
      if (!Number.isInteger(v) || v < 1) throw new RangeError(`wordOverlapAnswerer: ${name} must be a positive integer, got ${v}.`);
    }
    if (!(minOverlap >= 0 && minOverlap <= 1)) throw new RangeError(`wordOverlapAnswerer: minOverlap must be in [0, 1], got ${minOverlap}.`);
    this.config = { task: 'question-answering', windowWords, answerWords, minOverlap };
  }

  answer(question: string, context: string): AnswerPrediction {
    const none = { answer: '', start: 0, end: 0, score: 0 };
    const asked = new Set(words(question).map((w) => w.text).filter((w) => !STOP.has(w)));
    const ctx = words(context);
    if (asked.size === 0 || ctx.length === 0) return none;
    const { windowWords, answerWords, minOverlap } = this.config;
    let best = { from: 0, overlap: -1 };
    for (let from = 0; from === 0 || from + windowWords <= ctx.length; from++) {
      const overlap = new Set(ctx.slice(from, from + windowWords).map((w) => w.text).filter((w) => asked.has(w))).size;
      if (overlap > best.overlap) best = { from, overlap };
    }
    const score = best.overlap / asked.size;
    if (best.overlap === 0 || score < minOverlap) return { ...none, score: 1 - score };
    const window = ctx.slice(best.from, best.from + windowWords);
    const matched = window.map((w) => asked.has(w.text));
    const free = window.map((w, i) => !matched[i] && !STOP.has(w.text));
    let pick: [number, number] | undefined;
    for (let i = 0; i < window.length; i++) {
      if (!free[i]) continue;
      let j = i;
      while (j + 1 < window.length && free[j + 1] && j + 1 - i < answerWords) j++;
      const touches = matched[i - 1] === true || matched[j + 1] === true || (i > 0 && !free[i - 1] && matched[i - 2] === true);
      if (touches && (!pick || j - i > pick[1] - pick[0])) pick = [i, j];
    }
    if (!pick) return { ...none, score: 1 - score };
    const start = window[pick[0]].start;
    const end = window[pick[1]].end;
    return { answer: context.slice(start, end), start, end, score };
  }

  /** One answer per pair, the shape of a question-answering model's predict. */
  async predict(inputs: QuestionContext[]): Promise<AnswerPrediction[]> {
    if (!Array.isArray(inputs)) throw new TypeError('wordOverlapAnswerer.predict: expected an array of { question, context } objects.');
    return inputs.map((input, i) => {
      if (!input || typeof input.question !== 'string' || typeof input.context !== 'string') {
        throw new TypeError(`wordOverlapAnswerer.predict: inputs[${i}] must be { question: string, context: string }.`);
      }
      return this.answer(input.question, input.context);
    });
  }
}

/** tl.wordOverlapAnswerer(options): the sliding-window word-overlap QA baseline. */
export function wordOverlapAnswerer(options: WordOverlapOptions = {}): WordOverlapAnswerer {
  return new WordOverlapAnswerer(options);
}
