// Span decoding pinned to hand-worked cases. Word tokenizer, one token per word; windows of
// <oov> who <oov> + 4 context tokens, stride 2 (as in tests/data/qa-features.test.ts):
// window 0 = zero one two three, window 1 = two three four five, window 2 = four five six seven.
// Logits are ln(weight), so each softmax is weight / sum of weights over token 0 and the
// window's context tokens; the question and special tokens get logit 50, which must not matter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordTokenizer } from '../../src/tokenizers';
import { qaFeatures } from '../../src/data/qa-features';
import { decodeAnswers, type WindowLogits } from '../../src/models/qa/decode-spans';

const tok = new WordTokenizer(['who', 'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven']);
const context = 'zero one two three four five six seven';
const features = qaFeatures(tok, [{ question: 'who', context }], { maxLength: 7, stride: 2 });
const span = (text: string) => ({ start: context.indexOf(text), end: context.indexOf(text) + text.length });

/** Window k with weights by word (default 1) for start and end, token 0's weight `none`. */
function window(k: number, start: Record<string, number>, end: Record<string, number>, none = 1): WindowLogits {
  const f = features[k];
  const logits = (weights: Record<string, number>) =>
    f.ids.map((_, t) => (t === 0 ? Math.log(none) : f.offsets[t] ? Math.log(weights[context.slice(...f.offsets[t]!)] ?? 1) : 50));
  return { start: logits(start), end: logits(end), offsets: f.offsets };
}

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('the windows are the ones the comment works with', () => {
  assert.deepEqual(features.map((f) => f.offsets.filter(Boolean).map((o) => context.slice(...o!)).join(' ')), ['zero one two three', 'two three four five', 'four five six seven']);
});

test('an answer crossing a window edge is found whole in the window that holds it', () => {
  // Window 0 sees only "three": p(start three) = 6/10, p(end three) = 2/6 -> 0.2.
  // Window 1: p(start three) = 6/10, p(end four) = 6/10 -> "three four" = 0.36.
  // Window 2 sees only "four": p(start four) = 1/5, p(end four) = 6/10 -> 0.12.
  const windows = [window(0, { three: 6 }, { three: 2 }), window(1, { three: 6 }, { four: 6 }), window(2, {}, { four: 6 })];
  const [a] = decodeAnswers(windows, context);
  assert.equal(a.answer, 'three four');
  assert.deepEqual([a.start, a.end], [span('three four').start, span('three four').end]);
  assert.equal(context.slice(a.start, a.end), a.answer);
  close(a.score, 0.36);
});

test('the best span lies in the second window; topK 2 adds the first window\'s best', () => {
  // Window 0: "three" = 6/10 * 6/10 = 0.36. Window 1: "four five" = 8/12 * 8/12 = 4/9. Window 2: 1/5 * 1/5 at best.
  const windows = [window(0, { three: 6 }, { three: 6 }), window(1, { four: 8 }, { five: 8 }), window(2, {}, {})];
  const [best] = decodeAnswers(windows, context);
  assert.equal(best.answer, 'four five');
  close(best.score, 4 / 9);
  const two = decodeAnswers(windows, context, { topK: 2 });
  assert.deepEqual(two.map((a) => a.answer), ['four five', 'three']);
  close(two[1].score, 0.36);
});

test('a v2 question with no answer: the null score beats the best span by more than the threshold', () => {
  // Token 0 weight 6 of 10 in both windows: null = 0.6 * 0.6 = 0.36; every span scores 0.1 * 0.1 = 0.01.
  const windows = [window(0, {}, {}, 6), window(1, {}, {}, 6)];
  assert.deepEqual(decodeAnswers(windows, context, { noAnswerThreshold: 0 }), [{ answer: '', start: 0, end: 0, score: decodeAnswers(windows, context, { noAnswerThreshold: 0 })[0].score }]);
  close(decodeAnswers(windows, context, { noAnswerThreshold: 0 })[0].score, 0.36);
  // 0.36 - 0.5 < 0.01: a span after all; and without a threshold (SQuAD v1) always a span.
  assert.notEqual(decodeAnswers(windows, context, { noAnswerThreshold: 0.5 })[0].answer, '');
  assert.notEqual(decodeAnswers(windows, context)[0].answer, '');
  // The null score is the lowest over the windows (the pipeline's min_null_score): window 1 with
  // token 0 at 1 of 10 and "four five" at 6/10 * 6/10 = 0.36 gives null 0.01, so the span wins.
  const mixed = [window(0, {}, {}, 6), window(1, { four: 6 }, { five: 6 })];
  const [a] = decodeAnswers(mixed, context, { noAnswerThreshold: 0 });
  assert.equal(a.answer, 'four five');
  // The null answer ranks where its score less the threshold falls: 0.01 + 0.1 beats the next spans' 0.06.
  const ranked = decodeAnswers(mixed, context, { noAnswerThreshold: -0.1, topK: 2 });
  assert.deepEqual(ranked.map((r) => r.answer), ['four five', '']);
  close(ranked[1].score, 0.01);
});

test('spans with end before start, or longer than maxAnswerLength, are excluded', () => {
  // Window 1: p(start five) = 6/10 but p(end two) = 5/10 is before it: "five" alone = 0.6 * 2/10 = 0.12.
  const backwards = [window(1, { five: 6 }, { two: 5, five: 2 })];
  const [a] = decodeAnswers(backwards, context);
  assert.equal(a.answer, 'five');
  close(a.score, 0.12);
  // p(start two) = 0.6, p(end five) = 0.5, p(end four) = 0.2: 4 tokens "two three four five" = 0.3 by default,
  // with maxAnswerLength 3 "two three four" = 0.12.
  const long = [window(1, { two: 6 }, { five: 5, four: 2 })];
  assert.equal(decodeAnswers(long, context)[0].answer, 'two three four five');
  const [short] = decodeAnswers(long, context, { maxAnswerLength: 3 });
  assert.equal(short.answer, 'two three four');
  close(short.score, 0.12);
});

test('options are checked', () => {
  assert.throws(() => decodeAnswers([], context, { topK: 0 }), /topK must be a positive integer/);
  assert.throws(() => decodeAnswers([], context, { maxAnswerLength: 1.5 }), /maxAnswerLength/);
  assert.deepEqual(decodeAnswers([], context), [{ answer: '', start: 0, end: 0, score: 0 }]);
});
