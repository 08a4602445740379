// A QA answer highlighted in its context: inline-styled HTML (no scripts, no classes, so
// JupyterLab, classic Notebook and VS Code render it alike) and a plain-text form with the
// answer in [[double brackets]] for terminals and text-only front ends.
import { JUPYTER_DISPLAY, type MimeBundle } from '../../display';
import { escapeHtml } from '../../display/escape-html';
import type { AnswerPrediction, QuestionContext } from '../../models/types';

export interface AnswerDisplayOptions {
  /** Characters of context shown on each side of the answer; the rest is elided. Default: all. */
  around?: number;
  /** Gold answers to show under the prediction (e.g. from a record's answers.text). */
  gold?: string[];
}

export interface AnswerDisplay {
  readonly input: QuestionContext;
  readonly prediction: AnswerPrediction;
  toString(): string;
  [JUPYTER_DISPLAY](): MimeBundle;
}

function checkSpan(input: QuestionContext, p: AnswerPrediction): void {
  if (!input || typeof input.question !== 'string' || typeof input.context !== 'string') throw new TypeError('answerDisplay(input, prediction): input must be { question, context }.');
  if (!p || typeof p.answer !== 'string' || !Number.isInteger(p.start) || !Number.isInteger(p.end)) throw new TypeError('answerDisplay(input, prediction): prediction must be { answer, start, end, score } as model.predict returns it.');
  if (p.answer !== '' && input.context.slice(p.start, p.end) !== p.answer) {
    throw new RangeError(`answerDisplay: the answer ${JSON.stringify(p.answer)} is not at [${p.start}, ${p.end}) of the context; pass the prediction made for this context.`);
  }
}

/** Displays `prediction` highlighted in `input.context`, under its question. */
export function answerDisplay(input: QuestionContext, prediction: AnswerPrediction, options: AnswerDisplayOptions = {}): AnswerDisplay {
  checkSpan(input, prediction);
  const { context } = input;
  const none = prediction.answer === '';
  const from = options.around === undefined || none ? 0 : Math.max(0, prediction.start - options.around);
  const to = options.around === undefined || none ? context.length : Math.min(context.length, prediction.end + options.around);
  const [before, answer, after] = none ? [context.slice(from, to), '', ''] : [context.slice(from, prediction.start), prediction.answer, context.slice(prediction.end, to)];
  const pre = from > 0 ? '…' : '';
  const post = to < context.length ? '…' : '';
  const score = prediction.score.toFixed(3);
  const verdict = none ? `no answer (score ${score})` : `answer: ${JSON.stringify(answer)} (score ${score}, characters ${prediction.start}-${prediction.end})`;
  const gold = options.gold ? `gold: ${options.gold.length > 0 ? options.gold.map((g) => JSON.stringify(g)).join(' | ') : 'no answer'}` : '';
  const text = [`Q: ${input.question}`, verdict, ...(gold ? [gold] : []), `${pre}${before}${none ? '' : `[[${answer}]]`}${after}${post}`].join('\n');
  const mark = `<mark style="background:#ffe08a;color:#000;padding:0 2px;border-radius:3px" title="score ${score}">${escapeHtml(answer)}</mark>`;
  const html =
    `<div style="font-family:sans-serif;line-height:1.5;margin:4px 0">` +
    `<div><b>Q:</b> ${escapeHtml(input.question)}</div>` +
    `<div style="color:#555">${escapeHtml(verdict)}${gold ? `<br>${escapeHtml(gold)}` : ''}</div>` +
    `<div style="white-space:pre-wrap">${escapeHtml(pre + before)}${none ? '' : mark}${escapeHtml(after + post)}</div></div>`;
  return { input, prediction, toString: () => text, [JUPYTER_DISPLAY]: () => ({ 'text/plain': text, 'text/html': html }) };
}
