import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { tf } from '../../src/tf';
import { load, save, serve, SavedModelError } from '../../src/deploy';
import { fromHalfBits, quantizeWeights, toHalfBits } from '../../src/compress/quantize';
import { fixtureTextModel } from '../deploy/fixtures/text-model';
import { tempDir } from '../deploy/fixtures/temp-dir';

const TEXTS = ['the movie was good', 'awful and dull', 'a great fun movie', '', 'zzz unknown wordz', 'bad bad bad dull'];

function probs(model: tf.LayersModel, ids: tf.Tensor2D): number[] {
  return tf.tidy(() => Array.from((model.predict(ids) as tf.Tensor).dataSync()));
}

test('float16 bits round-trip exactly where half holds the value, and round to nearest even', () => {
  for (const v of [0, 1, -2.5, 65504, 6.103515625e-5, 5.960464477539063e-8]) assert.equal(fromHalfBits(toHalfBits(v)), v);
  assert.equal(fromHalfBits(toHalfBits(1 + 2 ** -11)), 1, 'a tie rounds to the even mantissa');
  assert.equal(fromHalfBits(toHalfBits(1e6)), Infinity);
  assert.ok(Math.abs(fromHalfBits(toHalfBits(0.1)) - 0.1) < 1e-4);
});

test('int8 keeps one scale per output channel: each column is exact at its largest value', () => {
  const kernel = new Float32Array([1, 100, -0.5, -50, 0.25, 25]); // [3, 2]: column 0 small, column 1 large
  const bias = new Float32Array([0.1, -0.2]);
  const bytes = new Uint8Array([...new Uint8Array(kernel.buffer), ...new Uint8Array(bias.buffer)]);
  const specs = [{ name: 'k', shape: [3, 2], dtype: 'float32' }, { name: 'b', shape: [2], dtype: 'float32' }];
  const q = quantizeWeights(bytes, specs, 'int8');
  assert.deepEqual(Array.from(new Float32Array(q.scales.buffer)), [Math.fround(1 / 127), Math.fround(100 / 127)]);
  assert.deepEqual(Array.from(new Int8Array(q.weights.buffer, 0, 6)), [127, 127, -64, -64, 32, 32]);
  assert.equal(q.weights.byteLength, 6 + 8, 'the bias stays float32');
  assert.deepEqual(q.info.weights.map((w) => w.stored), ['int8', 'raw']);
});

for (const mode of ['int8', 'float16'] as const) {
  test(`save with quantize '${mode}' shrinks weights.bin, records it in the card, and loads to close predictions`, async () => {
    const root = tempDir();
    const model = fixtureTextModel({ seed: 4 });
    const plain = await save(model, path.join(root, 'f32'));
    const before = tf.memory().numTensors;
    const small = await save(model, path.join(root, mode), { quantize: mode });
    assert.equal(tf.memory().numTensors, before, 'quantizing leaks no tensors');
    const ratio = small.files['weights.bin'] / plain.files['weights.bin'];
    assert.ok(mode === 'int8' ? ratio < 0.3 : ratio === 0.5, `weights.bin at ${ratio} of float32`);
    assert.equal('scales.bin' in small.files, mode === 'int8');

    const loaded = await load(path.join(root, mode));
    assert.equal(loaded.saved.quantization?.mode, mode);
    assert.equal(loaded.saved.card.quantization?.mode, mode);
    const card = await fs.readFile(path.join(root, mode, 'model-card.md'), 'utf8');
    assert.match(card, /## Quantization/);
    assert.match(card, new RegExp(mode));
    const ids = model.encode(TEXTS);
    const [a, b] = [probs(model.model, ids), probs(loaded.model, ids)];
    ids.dispose();
    assert.notDeepEqual(a, b, 'the weights really were rounded');
    a.forEach((p, i) => assert.ok(Math.abs(p - b[i]) < (mode === 'int8' ? 0.05 : 0.005), `probability ${i}: ${p} vs ${b[i]}`));
    assert.deepEqual((await loaded.predict(TEXTS)).map((p) => p.label), (await model.predict(TEXTS)).map((p) => p.label));
    loaded.model.dispose();
  });
}

test('missing or tampered int8 scales are caught by name', async () => {
  const dir = path.join(tempDir(), 'q');
  await save(fixtureTextModel(), dir, { quantize: 'int8' });
  const scalesFile = path.join(dir, 'scales.bin');
  const scales = await fs.readFile(scalesFile);
  const rejectsNaming = (words: RegExp) =>
    assert.rejects(load(dir), (err: unknown) => {
      assert.ok(err instanceof SavedModelError, String(err));
      assert.equal(err.file, scalesFile);
      assert.match(err.message, words);
      return true;
    });

  const tampered = Buffer.from(scales);
  tampered[2] ^= 0x40;
  await fs.writeFile(scalesFile, tampered);
  await rejectsNaming(/sha256/);

  await fs.rm(scalesFile);
  await rejectsNaming(/missing/);

  // Dropped from the manifest as well: transferlab.json still says int8.
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8'));
  delete manifest.files['scales.bin'];
  await fs.writeFile(manifestFile, JSON.stringify(manifest));
  await rejectsNaming(/not listed in the manifest.*int8/);
});

test('quantize other than int8/float16, or with another format, is a clear error', async () => {
  const dir = path.join(tempDir(), 'bad');
  await assert.rejects(save(fixtureTextModel(), dir, { quantize: 'int4' as never }), /quantize.*int8.*float16|int8.*float16.*quantize/s);
  await assert.rejects(save(fixtureTextModel(), dir, { quantize: 'int8', format: 'huggingface' }), /quantize applies to format 'tfjs'/);
});

test('transferlab serve serves an int8 model', async () => {
  const dir = path.join(tempDir(), 'served');
  const model = fixtureTextModel({ seed: 2 });
  await save(model, dir, { quantize: 'int8' });
  const server = await serve(dir, { port: 0 });
  try {
    const res = await fetch(server.url + '/predict', { method: 'POST', body: JSON.stringify({ texts: TEXTS }), headers: { 'content-type': 'application/json' } });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { predictions: Array<{ label: string }> };
    assert.deepEqual(body.predictions.map((p) => p.label), (await model.predict(TEXTS)).map((p) => p.label));
    const meta = (await (await fetch(server.url + '/metadata')).json()) as { card?: { quantization?: { mode: string } } };
    assert.equal(meta.card?.quantization?.mode, 'int8');
  } finally {
    await server.close();
  }
});
