import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizerFromJSON, WordTokenizer, SentencePieceTokenizer } from '../../src/tokenizers';

test('tokenizerFromJSON dispatches on kind: word and sentencepiece-unigram', () => {
  const word = new WordTokenizer(['the', 'movie', 'was', 'good']);
  const rebuiltWord = tokenizerFromJSON(JSON.parse(JSON.stringify(word.toJSON())));
  assert.ok(rebuiltWord instanceof WordTokenizer);
  assert.deepEqual(rebuiltWord.encode('the movie was good'), word.encode('the movie was good'));

  const sp = new SentencePieceTokenizer({ pieces: [['<unk>', 0], ['▁the', -1], ['▁', -2], ['x', -3]] });
  const rebuiltSp = tokenizerFromJSON(JSON.parse(JSON.stringify(sp.toJSON())));
  assert.ok(rebuiltSp instanceof SentencePieceTokenizer);
  assert.deepEqual(rebuiltSp.tokenize('the xx'), ['▁the', '▁', 'x', 'x']);
});
