import { test } from 'node:test';
import assert from 'node:assert/strict';
import { History } from '../../kernel/protocol/history';

function filled(): History {
  const h = new History();
  ['a = 1', 'print(a)', 'a = 1', 'b?c'].forEach((input, i) => h.add(i + 1, input, i === 1 ? '1' : null));
  return h;
}

test('tail returns the last n entries, with outputs when asked', () => {
  const h = filled();
  assert.deepEqual(h.query({ hist_access_type: 'tail', n: 2 }), [[1, 3, 'a = 1'], [1, 4, 'b?c']]);
  assert.deepEqual(h.query({ hist_access_type: 'tail', n: 3, output: true })[0], [1, 2, ['print(a)', '1']]);
});

test('range is start-inclusive, stop-exclusive, for this session (1) or relative 0', () => {
  const h = filled();
  assert.deepEqual(h.query({ hist_access_type: 'range', session: 1, start: 2, stop: 4 }).map((e) => e[1]), [2, 3]);
  assert.deepEqual(h.query({ hist_access_type: 'range', session: 0, start: 4 }).map((e) => e[1]), [4]);
  assert.deepEqual(h.query({ hist_access_type: 'range', session: 2, start: 1 }), []);
});

test('search uses glob patterns (* and ?), unique keeps the latest, n the last matches', () => {
  const h = filled();
  assert.deepEqual(h.query({ hist_access_type: 'search', pattern: 'a*' }).map((e) => e[1]), [1, 3]);
  assert.deepEqual(h.query({ hist_access_type: 'search', pattern: 'a*', unique: true }).map((e) => e[1]), [3]);
  assert.deepEqual(h.query({ hist_access_type: 'search', pattern: '*', n: 1 }).map((e) => e[1]), [4]);
  // `?` is a wildcard, not a literal; regex characters in the pattern are literal.
  assert.deepEqual(h.query({ hist_access_type: 'search', pattern: 'b?c' }).map((e) => e[1]), [4]);
  assert.deepEqual(h.query({ hist_access_type: 'search', pattern: 'print(a)' }).map((e) => e[1]), [2]);
});
