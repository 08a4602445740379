// fineTune with the models engineer's freeze(), layerGroups() and gradualUnfreezing().
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { freeze, gradualUnfreezing, layerGroups } from '../../src/freeze';
import { planForward } from '../../src/train/chain';
import { fineTune } from '../../src/train/fine-tune';
import { useCpu } from './setup';
import { encoderOf, toyModel, toyTensors, weightValues } from './toy';

before(useCpu);

test("freeze(model, { upTo: 'encoder' }): the whole encoder is the cached prefix and stays bit-identical", async () => {
  const model = toyModel();
  freeze(model, { upTo: 'encoder' });
  assert.equal(planForward(model).frozen, 3);
  const before = weightValues(encoderOf(model));
  const data = toyTensors(32);
  const history = await fineTune(model, data, { epochs: 2, batchSize: 8, seed: 1, silent: true });
  tf.dispose([data.x, data.y]);
  assert.equal(history.epochs.length, 2);
  assert.deepEqual(weightValues(encoderOf(model)), before);
});

test('gradualUnfreezing + layerGroups: one more group trains each epoch', async () => {
  const model = toyModel();
  const groups = layerGroups(model, { groups: 3 });
  const schedule = gradualUnfreezing(model, { groups });
  const data = toyTensors(32);
  const perEpoch: Float32Array[][][] = [];
  const snapshot = () => groups.map((g) => g.layers.flatMap((l) => weightValues(l)));
  const initial = snapshot();
  await fineTune(model, data, {
    epochs: 3,
    batchSize: 8,
    seed: 1,
    silent: true,
    unfreeze: schedule,
    groups,
    callbacks: { onEpochEnd: () => void perEpoch.push(snapshot()) },
  });
  tf.dispose([data.x, data.y]);
  const moved = perEpoch.map((epoch) => epoch.map((g, i) => JSON.stringify(g) !== JSON.stringify(initial[i])));
  assert.deepEqual(moved, [
    [false, false, true],
    [false, true, true],
    [true, true, true],
  ]);
});
