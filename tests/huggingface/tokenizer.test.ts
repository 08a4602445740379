// tokenizer.json through @huggingface/tokenizers: the special tokens each family expects,
// the pad id, and a toJSON() that rebuilds it (what tl.save / tl.load rely on).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HuggingFaceTokenizer, loadTokenizer, huggingfaceFamily } from '../../src/models/huggingface';
import { tempDir, writeTokenizer, WORDPIECE_VOCAB } from './fixtures';

test('WordPiece (BERT): lower-cased, sub-words, [CLS] ... [SEP], pad id 0', async () => {
  const dir = await tempDir('tok-bert');
  await writeTokenizer(dir, 'bert');
  const tok = await loadTokenizer(dir);
  assert.equal(tok.kind, 'huggingface');
  assert.equal(tok.padId, 0);
  assert.equal(tok.vocabSize, WORDPIECE_VOCAB.length);
  assert.deepEqual(tok.tokenize('The films were GOOD!'), ['[CLS]', 'the', 'film', '##s', '[UNK]', 'good', '!', '[SEP]']);
  const ids = tok.encode('The film');
  assert.deepEqual(ids, [2, 5, 6, 3]);
  assert.deepEqual(tok.encodePair('the film', 'good').ids, [2, 5, 6, 3, 8, 3]);
});

test('byte-level BPE (RoBERTa): merges, <s> ... </s>, pad id 1', async () => {
  const dir = await tempDir('tok-roberta');
  await writeTokenizer(dir, 'roberta');
  const tok = await loadTokenizer(dir);
  assert.equal(tok.padId, 1);
  assert.deepEqual(tok.tokenize('a good film'), ['<s>', 'a', 'Ġgood', 'Ġfilm', '</s>']);
  assert.equal(tok.encode('a good film')[0], 0);
  assert.equal(tok.encode('a good film').at(-1), 2);
});

test('toJSON embeds tokenizer.json and rebuilds an identical tokenizer through the family', async () => {
  const dir = await tempDir('tok-json');
  await writeTokenizer(dir, 'bert');
  const tok = await loadTokenizer(dir);
  const json = JSON.parse(JSON.stringify(tok.toJSON()));
  const rebuilt = huggingfaceFamily.tokenizers!.huggingface(json) as HuggingFaceTokenizer;
  for (const text of ['the movie was not boring', 'I liked it, very much.']) assert.deepEqual(rebuilt.encode(text), tok.encode(text));
  assert.equal(rebuilt.padId, tok.padId);
  assert.throws(() => HuggingFaceTokenizer.fromJSON({ kind: 'word' }), /expected \{ kind: 'huggingface'/);
});
