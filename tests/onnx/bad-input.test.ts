import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs, mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tf } from '../../src/tf';
import { useBackend } from '../../src/backend';
import { load, save } from '../../src/deploy';
import { classifier } from '../../src/models/heads';
import { loadGlove } from '../../src/models/word-vectors/glove';
import { OnnxTextModel, toOnnx } from '../../src/onnx';
import { DataType, encodeModel } from '../../src/onnx/protobuf';
import type { TextModel } from '../../src/models/types';

async function smallModel(): Promise<TextModel> {
  await useBackend('wasm', { silent: true });
  return classifier(await loadGlove({ maxWords: 2000 }), { labels: ['neg', 'pos'], maxLength: 16, seed: 1 });
}

test('an unknown save format is an error listing the accepted ones', async () => {
  const model = await smallModel();
  await assert.rejects(save(model, path.join(os.tmpdir(), 'never'), { format: 'onxx' as never }), /format.*'tfjs', 'huggingface', 'onnx'/s);
});

test('exporting a layer with no ONNX mapping names the layer and its class', async () => {
  const model = await smallModel();
  const seq = tf.sequential({ name: 'odd' });
  seq.add(tf.layers.embedding({ inputDim: 10, outputDim: 4, inputLength: 5, name: 'emb' }));
  seq.add(tf.layers.flatten({ name: 'flat' }));
  seq.add(tf.layers.dense({ units: 2, activation: 'softmax', name: 'out' }));
  const odd = { ...model, model: seq, labels: model.labels, config: model.config, tokenizer: model.tokenizer } as TextModel;
  assert.throws(() => toOnnx(odd), /layer 'flat' \(class Flatten\) has no ONNX mapping/);
  seq.dispose();
});

test('an ONNX model whose input names differ from what the tokenizer feeds is an error naming both', async () => {
  const model = await smallModel();
  const bytes = encodeModel({
    irVersion: 8,
    opsetImports: [{ domain: '', version: 17 }],
    producerName: 'test',
    producerVersion: '0',
    graph: {
      name: 'g',
      nodes: [{ opType: 'Cast', inputs: ['tokens'], outputs: ['probabilities'], name: 'c', attributes: { to: DataType.FLOAT } }],
      initializers: [],
      inputs: [{ name: 'tokens', elemType: DataType.INT64, shape: ['batch', 2] }],
      outputs: [{ name: 'probabilities', elemType: DataType.FLOAT, shape: ['batch', 2] }],
    },
  });
  assert.throws(() => new OnnxTextModel(bytes, model.tokenizer, model.config, 'edited.onnx'), /edited\.onnx takes inputs \[tokens\] but the tokenizer feeds \[input_ids\]/);
});

test('a changed model.onnx is caught by the manifest checksums; the loaded model refuses tfjs-only use', async () => {
  const model = await smallModel();
  const root = mkdtempSync(path.join(os.tmpdir(), 'transferlab-onnx-bad-'));
  try {
    const dir = path.join(root, 'm');
    await save(model, dir, { format: 'onnx' });
    const loaded = await load(dir);
    assert.throws(() => loaded.model, /runs in onnxruntime and has no tf.LayersModel/);
    assert.deepEqual((await loaded.predict(['a fine film'])).map((p) => p.label), (await model.predict(['a fine film'])).map((p) => p.label));
    const file = path.join(dir, 'model.onnx');
    const bytes = await fs.readFile(file);
    bytes[bytes.length - 1] ^= 1;
    await fs.writeFile(file, bytes);
    await assert.rejects(load(dir), /model\.onnx does not match its sha256 in the manifest/);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
});
