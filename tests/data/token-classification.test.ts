// Token classification records (IOB1 -> IOB2, label names) and word tags moved onto sub-words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SentencePieceTokenizer, type ScoredPiece } from '../../src/tokenizers';
import { alignLabels, tokenClassificationRecords, tokenClassificationTensors, wordIdsOf } from '../../src/data/token-classification';
import { loadTokenizer } from '../../src/models/huggingface';
import { tempDir, writeTokenizer } from '../huggingface/fixtures';

test('records: IOB1 becomes IOB2, labels are O then B-/I- per type, integer tags take their names', () => {
  const { records, labels, types } = tokenClassificationRecords(
    [{ tokens: ['Ann', 'Lee', 'met', 'Bob', 'Ray'], tags: ['I-PER', 'I-PER', 'O', 'I-PER', 'B-PER'] }, { tokens: ['IBM'], tags: [1] }],
    { scheme: 'IOB1', tagNames: ['O', 'B-ORG'] },
  );
  assert.deepEqual(records[0].tags, ['B-PER', 'I-PER', 'O', 'B-PER', 'B-PER']);
  assert.deepEqual(records[1].tags, ['B-ORG']);
  assert.deepEqual(labels, ['O', 'B-ORG', 'I-ORG', 'B-PER', 'I-PER']);
  assert.deepEqual(types, ['ORG', 'PER']);
  assert.throws(() => tokenClassificationRecords([{ tokens: ['a'], tags: ['X'] }]), /tag "X"; expected O, B-TYPE or I-TYPE/);
  assert.throws(() => tokenClassificationRecords([{ tokens: ['a', 'b'], tags: ['O'] }]), /2 tokens but 1 tags/);
});

test('word ids: a token starting in a space or empty at a word start belongs to the next word', () => {
  assert.deepEqual(wordIdsOf([null, [0, 3], [3, 5], [6, 6], [6, 8], null], [[0, 5], [6, 8]]), [null, 0, 0, 1, 1, null]);
});

test('alignment (WordPiece): first sub-token labelled, the rest -1, specials -1; labelAllTokens turns B- into I-', async () => {
  const dir = await tempDir('align-bert');
  await writeTokenizer(dir, 'bert');
  const tok = await loadTokenizer(dir);
  const labels = ['O', 'B-MISC', 'I-MISC'];
  const record = { tokens: ['films', 'were', 'good'], tags: ['B-MISC', 'O', 'O'] };
  const a = alignLabels(tok, record, labels);
  // [CLS] film ##s [UNK] good [SEP]
  assert.deepEqual(a.wordIds, [null, 0, 0, 1, 2, null]);
  assert.deepEqual(a.labels, [-1, 1, -1, 0, 0, -1]);
  assert.deepEqual(alignLabels(tok, record, labels, { labelAllTokens: true }).labels, [-1, 1, 2, 0, 0, -1]);
  const { x, y } = tokenClassificationTensors(tok, [record, { tokens: ['good'], tags: ['O'] }], labels);
  assert.deepEqual(x.shape, [2, 6]);
  assert.deepEqual(Array.from(y.dataSync()).slice(6), [-1, 0, -1, -1, -1, -1]);
  assert.deepEqual(Array.from(x.dataSync()).slice(9), [0, 0, 0]);
  x.dispose();
  y.dispose();
});

test('alignment (SentencePiece): a bare ▁ token takes its word', () => {
  const pieces: ScoredPiece[] = [['<unk>', 0], ['▁', -2], ['a', -3], ['b', -3], ['▁a', -3]];
  const tok = new SentencePieceTokenizer({ pieces, unkId: 0 });
  const a = alignLabels(tok, { tokens: ['ab', 'ba'], tags: ['B-X', 'O'] }, ['O', 'B-X', 'I-X']);
  assert.deepEqual(a.wordIds, [0, 0, 1, 1, 1]);
  assert.deepEqual(a.labels, [1, -1, 0, -1, -1]);
});
