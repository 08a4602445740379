// Bad input: each case is a typed HuggingFaceError naming the file or tensor and the fix.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'fs';
import * as path from 'path';
import { tf } from '../../src/tf';
import { HuggingFaceError, loadHuggingFace, parseSafetensors, serializeSafetensors, type TensorMap } from '../../src/models/huggingface';
import { makeCheckpoint, PythonReference, tempDir } from './fixtures';

let ref: PythonReference;
before(async () => {
  await tf.setBackend('cpu');
  ref = new PythonReference();
});
after(() => ref.close());

function hfError(code: string, ...mentions: RegExp[]) {
  return (error: unknown) => {
    assert.ok(error instanceof HuggingFaceError, `expected a HuggingFaceError, got ${String(error)}`);
    assert.equal(error.code, code);
    for (const m of mentions) assert.match(error.message, m);
    assert.ok(error.fix.length > 0);
    return true;
  };
}

test('safetensors round trip keeps names, shapes and float/int values', () => {
  const tensors: TensorMap = new Map([
    ['a.weight', { shape: [2, 3], data: Float32Array.from([1, -2, 3.5, 0, 1e-7, -1e7]) }],
    ['b', { shape: [2], data: Int32Array.from([7, -9]) }],
  ]);
  const bytes = serializeSafetensors(tensors);
  assert.equal(Number(bytes.readBigUInt64LE(0)) % 8, 0, 'data starts 8-byte aligned');
  const back = parseSafetensors(bytes, 'x.safetensors');
  assert.deepEqual(back.get('a.weight'), tensors.get('a.weight'));
  assert.deepEqual(back.get('b'), tensors.get('b'));
});

test('a truncated safetensors file names the expected and actual length', async () => {
  const dir = await makeCheckpoint(ref, 'bert', 'base');
  const file = path.join(dir, 'model.safetensors');
  const bytes = await fs.readFile(file);
  await fs.writeFile(file, bytes.subarray(0, bytes.length - 100));
  await assert.rejects(loadHuggingFace(dir), hfError('TRUNCATED', new RegExp(`is ${bytes.length - 100} bytes; its header describes ${bytes.length}`), /model\.safetensors/));
  await fs.writeFile(file, bytes.subarray(0, 20));
  await assert.rejects(loadHuggingFace(dir), hfError('TRUNCATED', /header needs \d+ bytes but the file has 20/));
});

test('a header that is not JSON is BAD_HEADER', () => {
  const bytes = Buffer.alloc(16);
  bytes.writeBigUInt64LE(8n, 0);
  bytes.write('{nope!!}', 8);
  assert.throws(() => parseSafetensors(bytes, 'w.safetensors'), hfError('BAD_HEADER', /not a JSON object/, /w\.safetensors/));
});

test('a repo with only pytorch_model.bin says how to get safetensors', async () => {
  const dir = await makeCheckpoint(ref, 'bert', 'base');
  await fs.rename(path.join(dir, 'model.safetensors'), path.join(dir, 'pytorch_model.bin'));
  await assert.rejects(loadHuggingFace(dir), hfError('NO_SAFETENSORS', /pytorch_model\.bin/, /safe_serialization=True/));
});

test('a tensor of the wrong shape names the tensor and both shapes', async () => {
  // A checkpoint with a head builds its model on load; a base one when its encoder is built.
  const dir = await makeCheckpoint(ref, 'bert', 'sequence-classification');
  const configFile = path.join(dir, 'config.json');
  const config = JSON.parse(await fs.readFile(configFile, 'utf8'));
  await fs.writeFile(configFile, JSON.stringify({ ...config, intermediate_size: 21 }));
  await assert.rejects(loadHuggingFace(dir), hfError('TENSOR_MISMATCH', /'bert\.encoder\.layer\.0\.intermediate\.dense\.weight'/, /\[20, 12\]/, /\[21, 12\]/));
});

test('missing tokenizer.json and an unsupported model_type are typed errors', async () => {
  const dir = await makeCheckpoint(ref, 'roberta', 'base');
  await fs.rm(path.join(dir, 'tokenizer.json'));
  await assert.rejects(loadHuggingFace(dir), hfError('MISSING_TOKENIZER', /no tokenizer\.json/, new RegExp(dir.replace(/[/\\.]/g, '\\$&')), /AutoTokenizer/));
  const gpt = await tempDir('gpt2');
  await fs.writeFile(path.join(gpt, 'config.json'), JSON.stringify({ model_type: 'gpt2' }));
  await assert.rejects(loadHuggingFace(gpt), hfError('UNSUPPORTED_MODEL_TYPE', /'gpt2'/, /bert, distilbert, roberta, xlm-roberta, electra/));
  await assert.rejects(loadHuggingFace(await tempDir('empty')), hfError('BAD_CONFIG', /no config\.json/));
});
