import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupEntities, subwordFlags, type ScoredToken } from '../../src/models/heads/entity-grouping';

const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];

/** A token whose distribution puts `score` on `label` and spreads the rest evenly. */
function tok(text: string, piece: string, from: number, label: string, score: number, isSubword = false): ScoredToken {
  const start = text.indexOf(piece, from);
  assert.ok(start >= 0, `'${piece}' in '${text}'`);
  const k = LABELS.indexOf(label);
  const rest = (1 - score) / (LABELS.length - 1);
  return { start, end: start + piece.length, scores: LABELS.map((_, j) => (j === k ? score : rest)), isSubword };
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
function assertEntities(actual: ReturnType<typeof groupEntities>, expected: Array<[string, string, number, number, number]>, text: string) {
  assert.deepEqual(actual.map((e) => [e.type, e.text, e.start, e.end]), expected.map(([type, t, s, e]) => [type, t, s, e]));
  actual.forEach((e, i) => {
    assert.equal(e.text, text.slice(e.start, e.end));
    assert.ok(close(e.score, expected[i][4]), `score ${e.score} vs ${expected[i][4]}`);
  });
}

test("simple on IOB2: B- starts, I- of the same type continues, a group's score is the mean, O is dropped", () => {
  const text = 'Ana met Bob Lee in Rome';
  const tokens = [
    tok(text, 'Ana', 0, 'B-PER', 0.9),
    tok(text, 'met', 0, 'O', 0.8),
    tok(text, 'Bob', 0, 'B-PER', 0.8),
    tok(text, 'Lee', 0, 'I-PER', 0.6),
    tok(text, 'in', 0, 'O', 0.9),
    tok(text, 'Rome', 0, 'B-LOC', 0.7),
  ];
  assertEntities(groupEntities(text, tokens, LABELS, 'simple'), [
    ['PER', 'Ana', 0, 3, 0.9],
    ['PER', 'Bob Lee', 8, 15, 0.7],
    ['LOC', 'Rome', 19, 23, 0.7],
  ], text);
});

test('simple on IOB1: I- after O or after another type starts an entity, B- splits two of one type', () => {
  const text = 'Bob Lee Ann Rome Paris';
  const tokens = [
    tok(text, 'Bob', 0, 'I-PER', 0.9),
    tok(text, 'Lee', 0, 'I-PER', 0.7),
    tok(text, 'Ann', 0, 'B-PER', 0.8),
    tok(text, 'Rome', 0, 'I-LOC', 0.6),
    tok(text, 'Paris', 0, 'I-LOC', 0.8),
  ];
  assertEntities(groupEntities(text, tokens, LABELS, 'simple'), [
    ['PER', 'Bob Lee', 0, 7, 0.8],
    ['PER', 'Ann', 8, 11, 0.8],
    ['LOC', 'Rome Paris', 12, 22, 0.7],
  ], text);
});

test("none keeps every non-O token with its full label, as the pipeline's entity field", () => {
  const text = 'Bob Lee in Rome';
  const tokens = [tok(text, 'Bob', 0, 'B-PER', 0.9), tok(text, 'Lee', 0, 'I-PER', 0.7), tok(text, 'in', 0, 'O', 0.9), tok(text, 'Rome', 0, 'B-LOC', 0.6)];
  assertEntities(groupEntities(text, tokens, LABELS, 'none'), [
    ['B-PER', 'Bob', 0, 3, 0.9],
    ['I-PER', 'Lee', 4, 7, 0.7],
    ['B-LOC', 'Rome', 11, 15, 0.6],
  ], text);
});

// "Picardo" is two sub-words, Pic [O .1, B-PER .5, B-LOC .4] and ardo [O .6, B-LOC .4]:
// simple tags Pic alone; first takes Pic's B-PER for the word; max takes ardo's (0.6 > 0.5) O;
// average gives [O .35, B-PER .25, B-LOC .4] -> B-LOC 0.4. Then an accented word and an emoji
// (two UTF-16 units) between two B-LOC words, which stay two entities.
function picardo(): { text: string; tokens: ScoredToken[] } {
  const text = 'Picardo visited Zürich 🚀 Köln';
  const row = (o: number, bper: number, bloc: number) => [o, bper, 0, bloc, 0];
  const tokens: ScoredToken[] = [
    { start: 0, end: 3, scores: row(0.1, 0.5, 0.4), isSubword: false },
    { start: 3, end: 7, scores: row(0.6, 0, 0.4), isSubword: true },
    tok(text, 'visited', 0, 'O', 0.95),
    tok(text, 'Zürich', 0, 'B-LOC', 0.9),
    tok(text, '🚀', 0, 'O', 0.5),
    tok(text, 'Köln', 0, 'B-LOC', 0.8),
  ];
  return { text, tokens };
}

test('sub-words: simple, first, max and average on a word split in two, with accents and an emoji', () => {
  const { text, tokens } = picardo();
  assert.equal(text.indexOf('Köln'), 26, 'the emoji takes two UTF-16 units');
  const places: Array<[string, string, number, number, number]> = [
    ['LOC', 'Zürich', 16, 22, 0.9],
    ['LOC', 'Köln', 26, 30, 0.8],
  ];
  assertEntities(groupEntities(text, tokens, LABELS, 'simple'), [['PER', 'Pic', 0, 3, 0.5], ...places], text);
  assertEntities(groupEntities(text, tokens, LABELS, 'first'), [['PER', 'Picardo', 0, 7, 0.5], ...places], text);
  assertEntities(groupEntities(text, tokens, LABELS, 'max'), places, text);
  assertEntities(groupEntities(text, tokens, LABELS, 'average'), [['LOC', 'Picardo', 0, 7, 0.4], ...places], text);
});

test('word strategies then group words: a B- word and the I- words after it make one entity', () => {
  const text = 'Jean-Luc Picard';
  const tokens = [
    tok(text, 'Jean', 0, 'B-PER', 0.8),
    tok(text, '-', 0, 'O', 0.6, true),
    tok(text, 'Luc', 0, 'I-PER', 0.9, true),
    tok(text, 'Picard', 0, 'I-PER', 0.7),
  ];
  // first: the word "Jean-Luc" is B-PER 0.8, "Picard" I-PER 0.7 -> one PER, mean 0.75.
  assertEntities(groupEntities(text, tokens, LABELS, 'first'), [['PER', 'Jean-Luc Picard', 0, 15, 0.75]], text);
  // simple: Jean, then "-" (O) ends it, Luc (I-PER after O) starts another that Picard continues.
  assertEntities(groupEntities(text, tokens, LABELS, 'simple'), [
    ['PER', 'Jean', 0, 4, 0.8],
    ['PER', 'Luc Picard', 5, 15, 0.8],
  ], text);
});

test('no tokens, all O, and a bad aggregation', () => {
  assert.deepEqual(groupEntities('', [], LABELS, 'average'), []);
  const text = 'just words';
  assert.deepEqual(groupEntities(text, [tok(text, 'just', 0, 'O', 0.9), tok(text, 'words', 0, 'O', 0.9)], LABELS, 'simple'), []);
  assert.throws(() => groupEntities(text, [], LABELS, 'longest' as never), /aggregation must be one of 'none', 'simple', 'first', 'max', 'average'/);
});

test("subwordFlags: WordPiece's ## prefix decides; otherwise a token glued to the previous one continues its word", () => {
  assert.deepEqual(subwordFlags('Picardo visited', [[0, 3], [3, 7], [8, 15]], ['Pic', '##ardo', 'visited'], '##'), [false, true, false]);
  // WordPiece: a comma glued to a word is still a word of its own.
  assert.deepEqual(subwordFlags('Paris, France', [[0, 5], [5, 6], [7, 13]], ['paris', ',', 'france'], '##'), [false, false, false]);
  // SentencePiece: ▁Pic ardo ▁visited; "Paris," glues the comma to the word as the pipeline's heuristic does.
  assert.deepEqual(subwordFlags('Picardo visited', [[0, 3], [3, 7], [8, 15]], ['▁Pic', 'ardo', '▁visited'], ''), [false, true, false]);
  assert.deepEqual(subwordFlags('Paris, Köln', [[0, 5], [5, 6], [7, 11]], ['▁Paris', ',', '▁Köln'], ''), [false, true, false]);
});
