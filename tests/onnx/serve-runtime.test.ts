// `serve` on a TF.js folder converts the model to one onnxruntime graph in memory (runtime
// 'auto' or 'onnx'), keeps the tfjs path on request (runtime 'tfjs'), and falls back to tfjs
// with one line saying why when the model does not convert; the HTTP API is the same.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { promises as fs, mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { useBackend } from '../../src/backend';
import { save, serve, type Server } from '../../src/deploy';
import { classifier } from '../../src/models/heads';
import { loadGlove } from '../../src/models/word-vectors/glove';
import type { Prediction, TextModel } from '../../src/models/types';
import { OnnxTextModel } from '../../src/onnx';
import { fixtureTextModel } from '../deploy/fixtures/text-model';
import { maxDifference, TOLERANCE } from './helpers';

const BIN = path.resolve(__dirname, '..', '..', '..', 'bin', 'transferlab.js');
const TEXTS = ['a wonderful, moving film with a great cast', 'dull and far too long', 'not bad at all'];
let root: string;
let model: TextModel;
let tfjsDir: string;
let onnxDir: string;
let fixtureDir: string;

before(async () => {
  await useBackend('wasm', { silent: true });
  root = mkdtempSync(path.join(os.tmpdir(), 'transferlab-onnx-serve-'));
  model = classifier(await loadGlove({ maxWords: 5000 }), { labels: ['neg', 'pos'], maxLength: 32, hidden: 8, seed: 6 });
  tfjsDir = path.join(root, 'tfjs');
  onnxDir = path.join(root, 'onnx');
  fixtureDir = path.join(root, 'fixture');
  await save(model, tfjsDir, { card: { dataset: 'none' } });
  await save(model, onnxDir, { format: 'onnx' });
  await save(fixtureTextModel({ seed: 3 }), fixtureDir);
});
after(() => fs.rm(root, { recursive: true, force: true }));

async function call(server: Server, method: string, route: string, body?: string) {
  const res = await fetch(server.url + route, { method, body, headers: { 'content-type': 'application/json' } });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) };
}

async function predictions(server: Server, texts: string[]): Promise<Prediction[]> {
  const res = await call(server, 'POST', '/predict', JSON.stringify({ texts }));
  assert.equal(res.status, 200, res.text);
  return res.json().predictions;
}

test('serve on a TF.js folder runs one onnxruntime graph by default, with the same answers, metadata, metrics and errors as runtime tfjs', async () => {
  const onnx = await serve(tfjsDir, { port: 0, maxTexts: 4 });
  const tfjs = await serve(tfjsDir, { port: 0, maxTexts: 4, runtime: 'tfjs' });
  try {
    assert.equal(onnx.runtime, 'onnx');
    assert.equal(onnx.fallback, undefined);
    assert.ok(onnx.model instanceof OnnxTextModel);
    assert.equal(tfjs.runtime, 'tfjs');
    assert.ok(!(tfjs.model instanceof OnnxTextModel));
    const [a, b, expected] = [await predictions(onnx, TEXTS), await predictions(tfjs, TEXTS), await model.predict(TEXTS)];
    assert.ok(maxDifference(a, expected) <= TOLERANCE, `onnx vs in-process tfjs: ${maxDifference(a, expected)}`);
    assert.deepEqual(b, expected);
    assert.deepEqual(a.map((p) => p.label), expected.map((p) => p.label));
    const [metaOnnx, metaTfjs] = [(await call(onnx, 'GET', '/metadata')).json(), (await call(tfjs, 'GET', '/metadata')).json()];
    assert.equal(metaOnnx.runtime, 'onnx');
    assert.equal(metaTfjs.runtime, 'tfjs');
    assert.deepEqual({ ...metaOnnx, runtime: '' }, { ...metaTfjs, runtime: '' });
    for (const [body, status] of [['{"texts": [', 400], [JSON.stringify({ texts: ['a', 'b', 'c', 'd', 'e'] }), 413], ['{"texts": ["ok", 3]}', 400]] as const) {
      const [x, y] = [await call(onnx, 'POST', '/predict', body), await call(tfjs, 'POST', '/predict', body)];
      assert.equal(x.status, status);
      assert.deepEqual(x.json(), y.json());
    }
    assert.match((await call(onnx, 'GET', '/metrics')).text, /^transferlab_batch_size_count \d+$/m);
  } finally {
    await onnx.close();
    await tfjs.close();
  }
});

test("a model that does not convert falls back to tfjs with one line saying why; runtime 'onnx' refuses it", async () => {
  const server = await serve(fixtureDir, { port: 0 });
  try {
    assert.equal(server.runtime, 'tfjs');
    assert.match(server.fallback ?? '', /^running on tfjs, not onnxruntime: layer '.*' \(class GlobalMaxPooling1D\) has no ONNX mapping$/);
    assert.equal((await predictions(server, ['good fun'])).length, 1);
  } finally {
    await server.close();
  }
  await assert.rejects(serve(fixtureDir, { port: 0, runtime: 'onnx' }), /cannot run in onnxruntime: layer .*GlobalMaxPooling1D.*--runtime tfjs/);
});

test('a conversion whose answers differ from the tfjs path on probe texts is not served', async () => {
  // As if the tfjs path's predictions gained a field the ONNX path does not compute (e.g. entities).
  const extended = classifier(await loadGlove({ maxWords: 5000 }), { labels: ['neg', 'pos'], maxLength: 32, seed: 8 });
  const predict = extended.predict.bind(extended);
  extended.predict = async (texts, options) => (await predict(texts, options)).map((p) => ({ ...p, extra: 1 }));
  const server = await serve(extended, { port: 0, runtime: 'auto' });
  try {
    assert.equal(server.runtime, 'tfjs');
    assert.match(server.fallback ?? '', /answers differ from tfjs at predictions\.0\.extra/);
  } finally {
    await server.close();
  }
  await assert.rejects(serve(extended, { port: 0, runtime: 'onnx' }), /cannot run in onnxruntime: the converted model's answers differ/);
  extended.model.dispose();
});

test("an ONNX folder has no tfjs path; an unknown runtime lists the accepted ones; an in-memory model converts when asked", async () => {
  await assert.rejects(serve(onnxDir, { port: 0, runtime: 'tfjs' }), /is an ONNX model, which runs in onnxruntime only/);
  await assert.rejects(serve(tfjsDir, { port: 0, runtime: 'fast' as never }), /runtime.*'auto', 'onnx', 'tfjs'/s);
  const inMemory = await serve(model, { port: 0 });
  const converted = await serve(model, { port: 0, runtime: 'onnx' });
  try {
    assert.equal(inMemory.runtime, 'tfjs');
    assert.equal(converted.runtime, 'onnx');
    assert.deepEqual((await predictions(converted, TEXTS)).map((p) => p.label), (await model.predict(TEXTS)).map((p) => p.label));
    assert.equal((await model.predict(TEXTS)).length, 3, 'the caller\'s model still works after its conversion');
  } finally {
    await inMemory.close();
    await converted.close();
  }
});

test('transferlab serve says which runtime serves; --runtime takes auto|onnx|tfjs', async () => {
  const started = (args: string[]) =>
    new Promise<{ out: string; code: number | null }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      const collect = (chunk: Buffer) => {
        out += chunk.toString();
        if (/serving .* on http/.test(out)) child.kill('SIGTERM');
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.on('exit', (code) => resolve({ out, code }));
    });
  const auto = await started([tfjsDir, '--port', '0', '--backend', 'wasm']);
  assert.match(auto.out, /serving .* with onnxruntime on http/);
  const fallback = await started([fixtureDir, '--port', '0', '--backend', 'wasm']);
  assert.match(fallback.out, /transferlab: running on tfjs, not onnxruntime: layer .*GlobalMaxPooling1D/);
  assert.match(fallback.out, /serving .* with tfjs on http/);
  const bad = await started([tfjsDir, '--runtime', 'gpu']);
  assert.equal(bad.code, 2);
  assert.match(bad.out, /--runtime must be one of auto, onnx, tfjs/);
});
