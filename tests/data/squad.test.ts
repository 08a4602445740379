// SQuAD v1/v2 JSON and flat rows, read from files the test writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseSquad, readSquad } from '../../src/data/squad';

const context = 'Ada Lovelace wrote the first program in 1843.';
const nested = {
  version: 'v2.0',
  data: [{ title: 'Ada', paragraphs: [{ context, qas: [
    { id: 'q1', question: 'Who wrote it?', answers: [{ text: 'Ada Lovelace', answer_start: 0 }], is_impossible: false },
    // SQuAD's files hold starts a character or two off; the text is found nearby.
    { id: 'q2', question: 'When?', answers: [{ text: '1843', answer_start: 41 }] },
    { id: 'q3', question: 'Who ran it?', answers: [], plausible_answers: [{ text: 'Ada', answer_start: 0 }], is_impossible: true },
  ] }] }],
};

test('nested SQuAD v2 JSON: answers, fixed starts, unanswerable questions', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'squad-'));
  const file = path.join(dir, 'dev.json');
  await fs.writeFile(file, JSON.stringify(nested));
  const records = await readSquad(file);
  assert.equal(records.length, 3);
  assert.deepEqual(records[0], { id: 'q1', title: 'Ada', question: 'Who wrote it?', context, answers: { text: ['Ada Lovelace'], answerStart: [0] }, isImpossible: false });
  assert.deepEqual(records[1].answers, { text: ['1843'], answerStart: [40] });
  assert.equal(records[2].isImpossible, true);
  assert.deepEqual(records[2].answers, { text: [], answerStart: [] });
});

test('flat hub rows in JSON Lines; bad answers are named', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'squad-'));
  const file = path.join(dir, 'rows.jsonl');
  await fs.writeFile(file, [{ id: 'a', title: 'Ada', context, question: 'Year?', answers: { text: ['1843'], answer_start: [40] } }].map((r) => JSON.stringify(r)).join('\n') + '\n');
  const [r] = await readSquad(file);
  assert.equal(r.answers.answerStart[0], 40);
  assert.equal(context.slice(40, 44), '1843');
  assert.throws(() => parseSquad([{ question: 'x', context, answers: { text: ['Babbage'], answer_start: [0] } }]), /row 0: answer "Babbage" is not at answer_start 0/);
  assert.throws(() => parseSquad({ nope: 1 }), /expected SQuAD JSON/);
});
