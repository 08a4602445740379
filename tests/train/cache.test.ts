import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tf } from '../../src/tf';
import { planForward } from '../../src/train/chain';
import { fineTune } from '../../src/train/fine-tune';
import { restoreWeights, snapshotWeights } from '../../src/train/weights';
import { useCpu } from './setup';
import { encoderOf, toyModel, toyTensors, weightValues, type ToyOptions } from './toy';

before(useCpu);

/** Trains copies of one model under each cache mode; returns final weights and histories. */
async function trainEach(toy: ToyOptions, freeze: (m: tf.LayersModel) => void, modes: Array<'memory' | 'disk' | false>, cacheDir?: string) {
  const train = toyTensors(40);
  const val = toyTensors(12, 3);
  const initial = snapshotWeights(toyModel(toy));
  const results = [];
  for (const cache of modes) {
    const model = toyModel(toy);
    restoreWeights(model, initial, 'initial weights');
    freeze(model);
    const embedding = encoderOf(model).layers[1];
    const apply = embedding.apply.bind(embedding);
    let calls = 0;
    embedding.apply = (...args: Parameters<typeof apply>) => (calls++, apply(...args));
    const history = await fineTune(model, train, { val, epochs: 3, batchSize: 8, seed: 6, cache, cacheDir, silent: true });
    results.push({ weights: weightValues(model), epochs: history.epochs.map(({ seconds, ...rest }) => rest), calls });
  }
  tf.dispose([train.x, train.y, val.x, val.y]);
  return results;
}

test('frozen encoder: memory and disk caches give exactly the weights and metrics of no cache', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-cache-'));
  const [none, memory, disk] = await trainEach({ dropout: true }, (m) => (encoderOf(m).trainable = false), [false, 'memory', 'disk'], dir);
  // 40 training and 12 validation examples in batches of 8: 5 + 2 base runs per epoch without the cache, once in all with it.
  assert.equal(none.calls, 3 * (5 + 2));
  assert.equal(memory.calls, 5 + 2);
  assert.equal(disk.calls, 5 + 2);
  assert.deepEqual({ ...memory, calls: 0 }, { ...none, calls: 0 });
  assert.deepEqual({ ...disk, calls: 0 }, { ...none, calls: 0 });
  assert.deepEqual(fs.readdirSync(dir), [], 'the disk cache removes its file');
  fs.rmSync(dir, { recursive: true });
});

test('lowest encoder layer frozen (masked embedding + RNN): cached features and masks give the same result', async () => {
  const freezeEmbedding = (m: tf.LayersModel) => (encoderOf(m).layers[1].trainable = false);
  const [none, memory] = await trainEach({ masked: true }, freezeEmbedding, [false, 'memory']);
  assert.equal(memory.calls, 5 + 2);
  assert.deepEqual({ ...memory, calls: 0 }, { ...none, calls: 0 });
});

test('planForward: the frozen prefix reaches into the nested encoder', () => {
  const model = toyModel();
  const encoder = encoderOf(model);
  assert.deepEqual(planForward(model).steps.map((s) => s.layer.getClassName()), ['Embedding', 'Dense', 'GlobalAveragePooling1D', 'Dense']);
  assert.equal(planForward(model).frozen, 0);
  encoder.layers[1].trainable = false;
  assert.equal(planForward(model).frozen, 1);
  encoder.trainable = false;
  assert.equal(planForward(model).frozen, 3);
});

test("planForward: a head's Dropout after a frozen encoder stays out of the prefix (it must keep training mode)", () => {
  const model = toyModel({ dropout: true });
  encoderOf(model).trainable = false;
  const plan = planForward(model);
  assert.equal(plan.frozen, 3);
  assert.equal(plan.steps[3].layer.getClassName(), 'Dropout');
});

test('planForward: a branching model runs whole, with nothing cached', () => {
  const input = tf.input({ shape: [4] });
  const a = tf.layers.dense({ units: 3 }).apply(input) as tf.SymbolicTensor;
  const b = tf.layers.dense({ units: 3 }).apply(input) as tf.SymbolicTensor;
  const out = tf.layers.add().apply([a, b]) as tf.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: out });
  const plan = planForward(model);
  assert.equal(plan.steps.length, 1);
  assert.equal(plan.steps[0].layer, model);
  assert.equal(plan.frozen, 0);
});
