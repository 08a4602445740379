// Serving a summarizer over HTTP: { texts, options? } -> { predictions }, sentence offsets that are
// exact substrings, generation options checked by name, type and the server's caps (400s that say
// what is accepted), /metadata naming the task and its input, and the server still serving after.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { tf } from '../../src/tf';
import { save, serve, type Server } from '../../src/deploy';
import { summarizer } from '../../src/summarize';
import type { SummaryPrediction } from '../../src/models/types';
import { tempDir } from '../deploy/fixtures/temp-dir';

let server: Server;

before(async () => {
  await tf.setBackend('cpu');
  const dir = path.join(tempDir('transferlab-summ-serve-'), 'model');
  await save(summarizer({ method: 'centrality', sentences: 2, mmr: 0.7 }), dir);
  server = await serve(dir, { port: 0, maxTexts: 3, maxNewTokens: 64, maxBeams: 4 });
});
after(() => server.close());

async function post(body: unknown) {
  const res = await fetch(`${server.url}/predict`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  return { status: res.status, json: (await res.json()) as { predictions?: SummaryPrediction[]; error?: string } };
}

const TEXTS = [
  'The city opened a new library downtown. It has ten thousand books. Children can borrow books for free. The library also offers classes for adults. A café sits on the ground floor.',
  'Rain fell all week. The river rose. Roads near the river closed on Friday.',
];

test('POST /predict summarizes each text; every chosen sentence is the text at its offsets', async () => {
  const res = await post({ texts: TEXTS, options: { maxNewTokens: 64, numBeams: 4 } });
  assert.equal(res.status, 200);
  const predictions = res.json.predictions!;
  assert.equal(predictions.length, 2);
  predictions.forEach((p, i) => {
    assert.equal(p.sentences!.length, 2);
    assert.equal(p.summary, p.sentences!.map((s) => TEXTS[i].slice(s.start, s.end)).join('\n'));
    for (const s of p.sentences!) assert.match(TEXTS[i].slice(s.start, s.end), /^[A-Z].*\.$/);
  });
  assert.deepEqual(predictions, await server.model.predict(TEXTS));
});

const bad: Array<[string, unknown, number, RegExp]> = [
  ['an unknown option', { texts: ['a'], options: { maxTokens: 5 } }, 400, /options\.maxTokens is not an option\. Did you mean 'maxNewTokens'\? Accepted: maxNewTokens, minNewTokens, numBeams, lengthPenalty, noRepeatNgramSize, earlyStopping, doSample, topK, topP, temperature, seed/],
  ['a wrong type', { texts: ['a'], options: { numBeams: 'four' } }, 400, /options\.numBeams must be integer, got string 'four'/],
  ['topP out of range', { texts: ['a'], options: { topP: 1.5 } }, 400, /options\.topP must be a number in \(0, 1\]/],
  ['maxNewTokens over the cap', { texts: ['a'], options: { maxNewTokens: 65 } }, 400, /maxNewTokens is 65; this server allows at most 64 \(its --max-new-tokens\)/],
  ['a negative minNewTokens', { texts: ['a'], options: { minNewTokens: -1 } }, 400, /options\.minNewTokens must be/],
  ['minNewTokens above maxNewTokens', { texts: ['a'], options: { minNewTokens: 9, maxNewTokens: 8 } }, 400, /minNewTokens is 9; it must be at most options\.maxNewTokens \(8\)/],
  ['minNewTokens above the cap', { texts: ['a'], options: { minNewTokens: 65 } }, 400, /minNewTokens is 65; it must be at most 64 \(this server's --max-new-tokens\)/],
  ['numBeams over the cap', { texts: ['a'], options: { numBeams: 5 } }, 400, /numBeams is 5; this server allows at most 4 \(its --max-beams\)/],
  ['options not an object', { texts: ['a'], options: [1] }, 400, /options must be an options object/],
  ['an unknown field', { texts: ['a'], option: {} }, 400, /unknown field "option"/],
  ['missing texts', { options: {} }, 400, /missing "texts"/],
  ['too many texts', { texts: ['a', 'b', 'c', 'd'] }, 413, /4 texts in one request; the limit is 3/],
];

for (const [what, body, status, message] of bad) {
  test(`${what} -> ${status} with a message`, async () => {
    const res = await post(body);
    assert.equal(res.status, status);
    assert.match(res.json.error ?? '', message);
  });
}

test('after bad requests the server still summarizes; /metadata names the task, its input and the caps', async () => {
  const res = await post({ texts: [TEXTS[1]] });
  assert.equal(res.status, 200);
  assert.equal(res.json.predictions!.length, 1);
  const meta = (await (await fetch(`${server.url}/metadata`)).json()) as Record<string, any>;
  assert.equal(meta.task, 'summarization');
  assert.equal(meta.card.task, 'summarization');
  assert.deepEqual(meta.input.caps, { maxNewTokens: 64, maxBeams: 4 });
  assert.ok(meta.input.options.includes('numBeams'));
  assert.deepEqual(meta.labels, []);
});

test('caps must be positive integers', async () => {
  await assert.rejects(serve(summarizer({ method: 'lead' }), { port: 0, maxBeams: 0 }), /maxBeams is 0; it must be a positive integer/);
});
