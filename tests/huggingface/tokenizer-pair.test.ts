// Text pairs as Hugging Face's fast tokenizers encode them. Expected values are worked by hand
// from the fixtures' vocabularies and the Rust `tokenizers` crate's rules: BertProcessing /
// the BERT template give segment 1 from the first [SEP] on, RobertaProcessing no segments,
// and 'longest_first' truncation (utils/truncation.rs) keeps every special token.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTokenizer, longestFirst } from '../../src/models/huggingface';
import { tempDir, writeTokenizer } from './fixtures';

const bert = async () => {
  const dir = await tempDir('pair-bert');
  await writeTokenizer(dir, 'bert');
  return loadTokenizer(dir);
};

test('BERT pair: [CLS] a [SEP] b [SEP], segment 1 after the first [SEP], sequence ids', async () => {
  const tok = await bert();
  assert.deepEqual(tok.encodePair('the film', 'good'), {
    ids: [2, 5, 6, 3, 8, 3],
    typeIds: [0, 0, 0, 0, 1, 1],
    sequenceIds: [null, 0, 0, null, 1, null],
  });
  assert.equal(tok.sepId, 3);
});

test("longest_first: the longer text gives up tokens first, both [SEP]s stay", async () => {
  const tok = await bert();
  // 'the film was good' = 4 tokens, 'i liked it very much' = 5 (much -> [UNK]); 3 special tokens.
  const a = 'the film was good';
  const b = 'i liked it very much';
  // maxLength 8: 5 for the texts; both longer than half -> first 2, second 3.
  const r = tok.encodePair(a, b, { maxLength: 8 });
  assert.deepEqual(r.ids, [2, 5, 6, 3, 20, 21, 22, 3]);
  assert.deepEqual(r.typeIds, [0, 0, 0, 0, 1, 1, 1, 1]);
  // A short first text is kept whole; the second gets the rest (9 - 3 - 2 = 4).
  assert.deepEqual(tok.encodePair('the film', b, { maxLength: 9 }).ids, [2, 5, 6, 3, 20, 21, 22, 16, 3]);
  // Fits: untouched.
  assert.equal(tok.encodePair(a, b, { maxLength: 12 }).ids.length, 12);
  assert.deepEqual(tok.encodePair(a, b, { maxLength: 12 }).ids, tok.encodePair(a, b).ids);
});

test('only_second keeps the question whole and cuts the context; impossible lengths throw', async () => {
  const tok = await bert();
  const r = tok.encodePair('the film was good', 'i liked it very much', { maxLength: 9, truncation: 'only_second' });
  assert.deepEqual(r.ids, [2, 5, 6, 7, 8, 3, 20, 21, 3]);
  assert.deepEqual(r.sequenceIds, [null, 0, 0, 0, 0, null, 1, 1, null]);
  // only_first: 7 - 3 special - 2 (second) leaves 2 of the first text's 4.
  assert.deepEqual(tok.encodePair('the film was good', 'i liked', { maxLength: 7, truncation: 'only_first' }).ids, [2, 5, 6, 3, 20, 21, 3]);
  assert.throws(() => tok.encodePair('the film was good', 'i liked it', { maxLength: 6, truncation: 'only_second' }), /first text alone \(4 tokens\) fills maxLength 6/);
  assert.throws(() => tok.encodePair('a', 'b', { maxLength: 2 }), /shorter than the 3 special tokens/);
  assert.throws(() => tok.encodePair('a', 'b', { truncation: 'longest' as never }), /truncation must be/);
});

test('RoBERTa pair: <s> a </s></s> b </s>, no segment ids, truncation keeps the final </s>', async () => {
  const dir = await tempDir('pair-roberta');
  await writeTokenizer(dir, 'roberta');
  const tok = await loadTokenizer(dir);
  const r = tok.encodePair('a good film', 'the film');
  const id = (t: string) => tok.tokenToId(t)!;
  assert.deepEqual(r.ids, [0, id('a'), id('Ġgood'), id('Ġfilm'), 2, 2, id('t'), id('he'), id('Ġfilm'), 2]);
  assert.deepEqual(r.typeIds, new Array(10).fill(0));
  assert.deepEqual(r.sequenceIds, [null, 0, 0, 0, null, null, 1, 1, 1, null]);
  // 4 special tokens; maxLength 7 leaves 3: both texts 3 long -> first 1, second 2.
  assert.deepEqual(tok.encodePair('a good film', 'the film', { maxLength: 7 }).ids, [0, id('a'), 2, 2, id('t'), id('he'), 2]);
});

test('longestFirst follows tokenizers: the shorter keeps floor(budget/2) when both are too long', () => {
  assert.deepEqual(longestFirst(10, 20, 5), [2, 3]);
  assert.deepEqual(longestFirst(20, 10, 5), [3, 2]);
  assert.deepEqual(longestFirst(3, 10, 8), [3, 5]);
  assert.deepEqual(longestFirst(3, 4, 8), [3, 4]);
  assert.deepEqual(longestFirst(6, 6, 0), [0, 0]);
});
