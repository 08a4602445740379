import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { tf } from '../../src/tf';
import { save, serve, type Server } from '../../src/deploy';
import { fixtureTextModel } from './fixtures/text-model';
import { tempDir } from './fixtures/temp-dir';

const model = fixtureTextModel({ seed: 9 });
let server: Server;

before(async () => {
  const dir = path.join(tempDir('transferlab-serve-'), 'model');
  await save(model, dir, { card: { dataset: 'fixture reviews' } });
  server = await serve(dir, { port: 0, maxTexts: 4, maxBytes: 2048, batchWindowMs: 30, maxBatch: 32 });
});
after(() => server.close());

async function call(method: string, route: string, body?: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(server.url + route, { method, body, headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}

test('POST /predict returns the labels and scores the model predicts', async () => {
  const texts = ['the movie was good', 'awful and dull'];
  const res = await call('POST', '/predict', JSON.stringify({ texts }));
  assert.equal(res.status, 200);
  assert.deepEqual(res.json(), { labels: ['neg', 'pos'], predictions: await model.predict(texts) });
});

const badRequests: Array<[string, string, string, string | undefined, number, RegExp]> = [
  ['not JSON', 'POST', '/predict', '{"texts": [', 400, /not valid JSON/],
  ['a JSON array, not an object', 'POST', '/predict', '["good"]', 400, /JSON object/],
  ['missing texts', 'POST', '/predict', '{"text": "good"}', 400, /missing "texts"/],
  ['texts not an array', 'POST', '/predict', '{"texts": "good"}', 400, /must be an array/],
  ['a non-string item', 'POST', '/predict', '{"texts": ["good", 3]}', 400, /"texts"\[1\] is number/],
  ['an empty list', 'POST', '/predict', '{"texts": []}', 400, /empty/],
  ['too many texts', 'POST', '/predict', JSON.stringify({ texts: ['a', 'b', 'c', 'd', 'e'] }), 413, /5 texts.*limit is 4/],
  ['too many bytes', 'POST', '/predict', JSON.stringify({ texts: ['x'.repeat(3000)] }), 413, /larger than the limit of 2048 bytes/],
  ['no body', 'POST', '/predict', undefined, 400, /JSON object/],
  ['an unknown route', 'GET', '/nope', undefined, 404, /no route GET \/nope/],
  ['GET on /predict', 'GET', '/predict', undefined, 405, /GET is not allowed on \/predict; use POST/],
  ['POST on /health', 'POST', '/health', '{}', 405, /use GET/],
  ['DELETE on /metrics', 'DELETE', '/metrics', undefined, 405, /use GET/],
];

for (const [what, method, route, body, status, message] of badRequests) {
  test(`${what} gets ${status} with a JSON error, and the server keeps serving`, async () => {
    const res = await call(method, route, body);
    assert.equal(res.status, status, res.text);
    const json = res.json();
    assert.match(json.error, message);
    assert.equal(json.statusCode, status);
    if (status === 405) assert.ok(res.headers.get('allow'));
    const health = await call('GET', '/health');
    assert.equal(health.status, 200);
    assert.deepEqual(health.json(), { status: 'ok' });
  });
}

test('a form-encoded body (curl -d default) is still read as JSON', async () => {
  const res = await call('POST', '/predict', '{"texts": ["good"]}', { 'content-type': 'application/x-www-form-urlencoded' });
  assert.equal(res.status, 200, res.text);
});

test('GET /metadata describes the model', async () => {
  const meta = (await call('GET', '/metadata')).json();
  assert.deepEqual(meta.labels, ['neg', 'pos']);
  assert.equal(meta.maxLength, 12);
  assert.equal(meta.card.base, 'fixture-tiny');
  assert.equal(meta.card.dataset, 'fixture reviews');
  assert.equal(meta.preprocessing.truncation, 'head');
  assert.equal(meta.limits.maxTexts, 4);
});

function histogramCount(metrics: string, name: string): number {
  const m = new RegExp(`^${name}_count(?:\\{[^}]*\\})? (\\d+)$`, 'm').exec(metrics);
  return m ? Number(m[1]) : 0;
}

test('concurrent requests share model calls, leak no tensors, and show in /metrics', async () => {
  const metricsBefore = (await call('GET', '/metrics')).text;
  const tensors = tf.memory().numTensors;
  const texts = ['good fun', 'dull', 'the movie', 'awful', 'great'];
  // The fixture model answers in microseconds; made to take 100 ms a call, like a real
  // one under load, the requests that arrive while a call runs wait and go together.
  const served = server.model;
  const predict = served.predict.bind(served);
  served.predict = async (...args) => {
    await new Promise((r) => setTimeout(r, 100));
    return predict(...args);
  };
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, i) => call('POST', '/predict', JSON.stringify({ texts: [texts[i % 5]] }))),
  ).finally(() => (served.predict = predict));
  assert.deepEqual(responses.map((r) => r.status), new Array(20).fill(200));
  const expected = await model.predict(texts);
  responses.forEach((r, i) => assert.deepEqual(r.json().predictions, [expected[i % 5]]));
  assert.equal(tf.memory().numTensors, tensors);

  const metrics = await call('GET', '/metrics');
  assert.match(metrics.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  const batches = histogramCount(metrics.text, 'transferlab_batch_size') - histogramCount(metricsBefore, 'transferlab_batch_size');
  assert.ok(batches >= 1 && batches < 20, `20 concurrent requests ran as ${batches} model calls`);
  assert.match(metrics.text, /^transferlab_http_requests_total\{method="POST",route="\/predict",status="200"\} \d+$/m);
  assert.match(metrics.text, /^transferlab_http_requests_total\{method="GET",route="unmatched",status="404"\} 1$/m);
  assert.match(metrics.text, /^transferlab_http_request_duration_seconds_bucket\{(le="\+Inf",route="\/predict"|route="\/predict",le="\+Inf")\} \d+$/m);
  // prom-client's default metrics, which operators expect next to the server's own.
  for (const name of ['process_cpu_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds']) {
    assert.match(metrics.text, new RegExp(`^# TYPE ${name} `, 'm'), name);
  }
  assert.match(metrics.text, /^# TYPE transferlab_batch_size histogram$/m);
});

test('serve() takes an in-memory model too, and rejects bad options', async () => {
  const inMemory = await serve(model, { port: 0 });
  try {
    const res = await fetch(inMemory.url + '/predict', { method: 'POST', body: '{"texts":["great"]}' });
    assert.deepEqual((await res.json()).predictions, await model.predict(['great']));
    // Its own registry: only its one request, none of the first server's, and no clash of names.
    const own = await (await fetch(inMemory.url + '/metrics')).text();
    assert.match(own, /^transferlab_http_requests_total\{method="POST",route="\/predict",status="200"\} 1$/m);
  } finally {
    await inMemory.close();
  }
  await assert.rejects(serve(model, { port: 0, maxBatch: 0 }), /maxBatch is 0; it must be a positive integer/);
  const port = Number(new URL(server.url).port);
  await assert.rejects(serve(model, { port }), new RegExp(`port ${port} on 127.0.0.1 is already in use; choose another with --port N`));
  assert.match(String(server), /^transferlab server on http:\/\/127\.0\.0\.1:\d+ \(POST \/predict/);
});
