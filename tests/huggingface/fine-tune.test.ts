// Fine-tuning a loaded checkpoint with the existing tools: a frozen encoder under a
// trained head, then the top layer unfrozen by name; frozen weights stay bit-identical
// and no tensors leak. Then tl.save / tl.load and the save-back of the trained model.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'fs/promises';
import * as path from 'path';
import { tf } from '../../src/tf';
import { freeze, gradualUnfreezing, layerGroups, unfreeze } from '../../src/freeze';
import { fineTune } from '../../src/train/fine-tune';
import { save } from '../../src/deploy/save';
import { load } from '../../src/deploy/load';
import { headLogits, huggingfaceFamily, loadHuggingFace } from '../../src/models/huggingface';
import type { TextModel } from '../../src/models/types';
import { makeCheckpoint, PythonReference, tempDir } from './fixtures';

let ref: PythonReference;
before(async () => {
  await tf.setBackend('cpu');
  ref = new PythonReference();
});
after(() => ref.close());

const WORDS = ['the', 'film', 'movie', 'plot', 'story', 'actor', 'was', 'very', 'it', 'and'];
function frame(n: number, seed: number) {
  const texts: string[] = [];
  const labels: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = (i * 7 + seed) % 3;
    const filler = WORDS.filter((_, j) => (i + j + seed) % 3 === 0).slice(0, 4).join(' ');
    texts.push(`${filler} ${['bad', 'not', 'good'][k]} ${filler}`);
    labels.push(['neg', 'neu', 'pos'][k]);
  }
  const columns: Record<string, unknown[]> = { text: texts, label: labels };
  return { columns: ['text', 'label'], column: (name: string) => ({ values: columns[name] }) };
}

function values(layer: tf.layers.Layer): Float32Array[] {
  return layer.getWeights().map((w) => w.dataSync() as Float32Array);
}

function encoderLayer(model: TextModel, name: string): tf.layers.Layer {
  return (model.model.getLayer('encoder') as tf.LayersModel).getLayer(name);
}

test('frozen encoder: the head trains, the encoder stays bit-identical, nothing leaks', async () => {
  const model = (await loadHuggingFace(await makeCheckpoint(ref, 'bert', 'sequence-classification'))) as TextModel;
  freeze(model.model, { upTo: 'encoder' });
  const encoderBefore = values(model.model.getLayer('encoder'));
  const headBefore = values(model.model.getLayer('head'));
  const train = frame(48, 0);
  const tensors = tf.memory().numTensors;
  await fineTune(model, train, { val: frame(12, 1), epochs: 2, batchSize: 16, lr: 1e-2, seed: 1, cache: 'memory', silent: true });
  assert.equal(tf.memory().numTensors, tensors, 'tensors after fineTune');
  assert.deepEqual(values(model.model.getLayer('encoder')), encoderBefore);
  assert.notDeepEqual(values(model.model.getLayer('head')), headBefore);
  model.model.dispose();
});

test("top-layer unfreeze by name ('encoder/layer_1'): lower layers frozen, loss falls", async () => {
  const model = (await loadHuggingFace(await makeCheckpoint(ref, 'roberta', 'sequence-classification', { seed: 4 }))) as TextModel;
  freeze(model.model, { upTo: 'encoder' });
  unfreeze(model.model, { layers: ['encoder/layer_1', 'encoder/pooler'] });
  const frozen = ['embeddings', 'layer_0'].map((n) => values(encoderLayer(model, n)));
  const top = values(encoderLayer(model, 'layer_1'));
  const tensors = tf.memory().numTensors;
  const history = await fineTune(model, frame(48, 2), { epochs: 4, batchSize: 16, lr: 3e-3, seed: 2, silent: true });
  assert.equal(tf.memory().numTensors, tensors, 'tensors after fineTune');
  assert.deepEqual(['embeddings', 'layer_0'].map((n) => values(encoderLayer(model, n))), frozen);
  assert.notDeepEqual(values(encoderLayer(model, 'layer_1')), top);
  const losses = history.epochs.map((e) => e.loss);
  assert.ok(losses[losses.length - 1] < losses[0], `loss ${losses.join(' -> ')}`);

  // tl.save / tl.load keep the function; the loaded model saves back as a HF checkpoint PyTorch loads strictly.
  const texts = ['the film was good', 'it was not bad at all'];
  const dir = await tempDir('tl-saved');
  await save(model, dir);
  const loaded = await load(dir, { tokenizerFromJSON: huggingfaceFamily.tokenizers!.huggingface });
  assert.deepEqual((await loaded.predict(texts)).map((p) => p.label), (await model.predict(texts)).map((p) => p.label));
  const hfDir = await tempDir('tl-hf');
  await save(loaded, hfDir, { format: 'huggingface' });
  const ids = loaded.encode(texts);
  const ids0 = ids.arraySync();
  const ours = tf.tidy(() => headLogits(loaded.model, ids).arraySync() as number[][]);
  const theirs = await ref.request<{ logits: number[][] }>({ op: 'run', dir: hfDir, ids: ids0 });
  ids.dispose();
  const diff = Math.max(...ours.flatMap((row, r) => row.map((v, c) => Math.abs(v - theirs.logits[r][c]))));
  assert.ok(diff <= 1e-4, `after fine-tuning, save, load and save-back: max |diff| ${diff}`);
  // Saving back again replaces the Hugging Face folder; a folder of something else is still refused.
  await save(loaded, hfDir, { format: 'huggingface' });
  assert.deepEqual((await ref.request<{ logits: number[][] }>({ op: 'run', dir: hfDir, ids: ids0 })).logits, theirs.logits);
  const foreign = await tempDir('tl-notes');
  await writeFile(path.join(foreign, 'notes.txt'), 'mine');
  await assert.rejects(save(loaded, foreign, { format: 'huggingface' }), /not a saved model.*refusing/);
  model.model.dispose();
  loaded.model.dispose();
});

test('layer groups follow the HF module names; gradual unfreezing trains top-down', async () => {
  const model = (await loadHuggingFace(await makeCheckpoint(ref, 'distilbert', 'sequence-classification', { seed: 6 }))) as TextModel;
  const groups = layerGroups(model.model, { groups: 5 });
  assert.deepEqual(groups.map((g) => g.name), ['encoder/embeddings', 'encoder/layer_0', 'encoder/layer_1', 'encoder/pooler', 'head']);
  const below = () => ['embeddings', 'layer_0', 'layer_1'].map((n) => values(encoderLayer(model, n)));
  const frozen = below();
  const pooler = values(encoderLayer(model, 'pooler'));
  const tensors = tf.memory().numTensors;
  // Epoch 0: the head; epoch 1: + the pooler (DistilBERT's pre_classifier); the layers below never.
  await fineTune(model, frame(32, 3), { epochs: 2, batchSize: 16, lr: 1e-2, seed: 3, unfreeze: gradualUnfreezing(model.model, { groups }), silent: true });
  assert.equal(tf.memory().numTensors, tensors);
  assert.deepEqual(below(), frozen);
  assert.notDeepEqual(values(encoderLayer(model, 'pooler')), pooler);
  model.model.dispose();
});
