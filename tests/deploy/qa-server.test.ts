// Serving a question answerer: POST /predict takes {question, context} objects and answers
// with spans that are exact substrings of the context at their offsets; malformed input gets
// a 4xx that says what to send, and the server keeps serving. /metadata names task and input.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { tf } from '../../src/tf';
import { save, serve, type Server } from '../../src/deploy';
import { questionAnswerer } from '../../src/models/qa';
import { tinyBase } from '../qa/helpers';
import { fixtureTextModel } from './fixtures/text-model';
import { tempDir } from './fixtures/temp-dir';

let server: Server;
const qa = questionAnswerer(tinyBase(), { maxLength: 12, stride: 4, seed: 4 });
// Accents, emoji (surrogate pairs), CJK, repeated spaces and tabs: offsets are UTF-16 indices.
const pairs = [
  { question: 'who', context: 'the film  was at ada and  then  fun' },
  { question: 'who', context: 'café 🎬 the story at bob — 映画 was well\tdone' },
  { question: 'who at', context: 'émile   😀😀 at   cy ends well, 東京 and dark' },
  { question: 'who', context: 'short' },
];

before(async () => {
  await tf.setBackend('cpu');
  const dir = path.join(tempDir('transferlab-qa-serve-'), 'qa');
  await save(qa, dir);
  server = await serve(dir, { port: 0, maxTexts: 4, maxBytes: 4096 });
});
after(() => server.close());

async function post(body: string) {
  const res = await fetch(`${server.url}/predict`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

test('answers are exact substrings of their context at their offsets, as the model predicts them', async () => {
  const res = await post(JSON.stringify({ texts: pairs }));
  assert.equal(res.status, 200);
  const predictions = res.json.predictions as Array<{ answer: string; start: number; end: number; score: number }>;
  assert.equal(predictions.length, pairs.length);
  predictions.forEach((p, i) => {
    assert.equal(pairs[i].context.slice(p.start, p.end), p.answer, `pair ${i}`);
    assert.ok(p.answer.length > 0 && p.score > 0 && p.score <= 1);
  });
  assert.deepEqual(predictions, await qa.predict(pairs));
});

const bad: Array<[string, string, number, RegExp]> = [
  ['a string instead of an object', JSON.stringify({ texts: ['who is it?'] }), 400, /"texts"\[0\] is string; a question-answering model takes \{"question": "\.\.\.", "context": "\.\.\."\} objects/],
  ['a missing context', JSON.stringify({ texts: [{ question: 'who' }] }), 400, /"texts"\[0\] has no "context"; send \{"texts": \[\{"question"/],
  ['a non-string question', JSON.stringify({ texts: [{ question: 7, context: 'at ada' }] }), 400, /"texts"\[0\]\.question is number, not a string/],
  ['a null item', JSON.stringify({ texts: [pairs[0], null] }), 400, /"texts"\[1\] is null/],
  ['no texts', JSON.stringify({ question: 'who', context: 'at ada' }), 400, /missing "texts"; send \{"texts": \[\{"question"/],
  ['not JSON', '{"texts": [{', 400, /not valid JSON.*send \{"texts": \[\{"question"/],
  ['too many pairs', JSON.stringify({ texts: [pairs[0], pairs[0], pairs[0], pairs[0], pairs[0]] }), 413, /5 texts.*limit is 4/],
  ['an oversize body', JSON.stringify({ texts: [{ question: 'who', context: 'at ada '.repeat(1000) }] }), 413, /larger than the limit of 4096 bytes/],
];

for (const [name, body, status, message] of bad) {
  test(`${name} -> ${status} saying what to send; the server keeps serving`, async () => {
    const res = await post(body);
    assert.equal(res.status, status);
    assert.match(String(res.json.error), message);
    const ok = await post(JSON.stringify({ texts: [pairs[0]] }));
    assert.equal(ok.status, 200);
  });
}

test('/metadata says the task and the input it takes, for QA and for classifiers', async () => {
  const meta = (await (await fetch(`${server.url}/metadata`)).json()) as Record<string, unknown>;
  assert.equal(meta.task, 'question-answering');
  assert.match(String(meta.input), /\{"question": string, "context": string\}/);
  const clf = await serve(fixtureTextModel({ seed: 3 }), { port: 0 });
  try {
    const m = (await (await fetch(`${clf.url}/metadata`)).json()) as Record<string, unknown>;
    assert.deepEqual([m.task, m.input], ['sequence-classification', 'strings']);
  } finally {
    await clf.close();
  }
});
