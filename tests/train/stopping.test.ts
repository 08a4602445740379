import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tf } from '../../src/tf';
import { checkpointFile, readCheckpoint } from '../../src/train/checkpoint';
import { fineTune } from '../../src/train/fine-tune';
import type { History } from '../../src/train/history';
import { lastHistory, stopTraining } from '../../src/train/stop';
import { restoreWeights, snapshotWeights } from '../../src/train/weights';
import { useCpu } from './setup';
import { toyModel, toyTensors, weightValues } from './toy';

before(useCpu);

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'tl-train-'));

test('early stopping stops after `patience` bad epochs and restores the best epoch', async () => {
  const model = toyModel();
  const train = toyTensors(64);
  // Validation labels are the opposite of the rule: the better the model learns, the worse val_loss gets.
  const valData = toyTensors(32, 5);
  const val = { x: valData.x, y: tf.sub(1, valData.y) };
  const perEpoch: Float32Array[][] = [];
  const history = await fineTune(model, train, {
    val,
    epochs: 10,
    batchSize: 16,
    lr: 0.02,
    seed: 1,
    silent: true,
    earlyStopping: { patience: 2 },
    callbacks: { onEpochEnd: () => void perEpoch.push(weightValues(model)) },
  });
  const losses = history.epochs.map((e) => e.val_loss);
  const best = losses.indexOf(Math.min(...losses));
  assert.equal(history.stopReason, 'early-stopping');
  assert.equal(history.epochs.length, best + 3, `val_loss per epoch: ${losses}`);
  assert.equal(history.restoredEpoch, best);
  assert.deepEqual(weightValues(model), perEpoch[best]);
  tf.dispose([train.x, train.y, valData.x, valData.y, val.y]);
});

test('resume from a checkpoint equals an uninterrupted run, bit for bit', async () => {
  const train = toyTensors(48);
  const val = toyTensors(16, 4);
  const initial = snapshotWeights(toyModel({ dropout: true }));
  const options = { val, epochs: 4, batchSize: 16, lr: 0.01, schedule: 'cosine' as const, warmup: 2, seed: 9, silent: true };

  const straight = toyModel({ dropout: true });
  restoreWeights(straight, initial, 'initial');
  const full = await fineTune(straight, train, options);

  const dir = tmpDir();
  const first = toyModel({ dropout: true });
  restoreWeights(first, initial, 'initial');
  const partial = await fineTune(first, train, {
    ...options,
    checkpoint: { dir },
    callbacks: { onEpochEnd: (epoch) => void (epoch === 1 && stopTraining(first)) },
  });
  assert.equal(partial.stopReason, 'stopped');
  assert.equal(partial.epochs.length, 2);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['best.ckpt', 'last.ckpt'], 'no temp files left');
  const saved = await readCheckpoint(checkpointFile(dir, 'last'));
  assert.equal(saved.state.epoch, 2);
  assert.equal(saved.state.step, 6);

  const resumed = toyModel({ dropout: true, seed: 77 });
  const rest = await fineTune(resumed, train, { ...options, checkpoint: { dir }, resume: true });
  assert.deepEqual(weightValues(resumed), weightValues(straight));
  assert.deepEqual(rest.steps, full.steps);
  assert.deepEqual(
    rest.epochs.map(({ seconds, ...r }) => r),
    full.epochs.map(({ seconds, ...r }) => r),
  );
  tf.dispose([train.x, train.y, val.x, val.y]);
  fs.rmSync(dir, { recursive: true });
});

test('resume names the missing checkpoint', async () => {
  const data = toyTensors(8);
  await assert.rejects(fineTune(toyModel(), data, { resume: '/nonexistent/ckpts', silent: true }), /no checkpoint at \/nonexistent\/ckpts\/last.ckpt/);
  tf.dispose([data.x, data.y]);
});

test('an exception at an await mid-epoch leaves whole updates, the history, and no leaked tensors', async () => {
  const model = toyModel();
  const train = toyTensors(64);
  const before = tf.memory().numTensors;
  let atThrow: Float32Array[] | undefined;
  const interrupt = new Error('KeyboardInterrupt');
  const run = fineTune(model, train, {
    epochs: 3,
    batchSize: 16,
    seed: 2,
    silent: true,
    callbacks: {
      onBatchEnd: async (batch, logs) => {
        await new Promise((r) => setTimeout(r, 1));
        if (logs.loss !== undefined && batch === 2) {
          atThrow = weightValues(model);
          throw interrupt;
        }
      },
    },
  });
  const err = (await run.catch((e: unknown) => e)) as Error & { history?: History };
  assert.equal(err, interrupt);
  assert.equal(err.history?.steps.length, 3);
  assert.equal(err.history?.stopReason, 'error');
  assert.equal(lastHistory(model), err.history);
  assert.deepEqual(weightValues(model), atThrow, 'no update was applied after the one that completed');
  for (const w of atThrow!) assert.ok(w.every(Number.isFinite));
  assert.equal(tf.memory().numTensors, before);
  tf.dispose([train.x, train.y]);
});

test('an AbortSignal stops at the next batch boundary and returns the history', async () => {
  const model = toyModel();
  const train = toyTensors(64);
  const controller = new AbortController();
  const history = await fineTune(model, train, {
    epochs: 3,
    batchSize: 16,
    seed: 2,
    silent: true,
    signal: controller.signal,
    callbacks: { onBatchEnd: (batch) => void (batch === 1 && controller.abort()) },
  });
  assert.equal(history.stopReason, 'stopped');
  assert.equal(history.steps.length, 2);
  assert.equal(history.epochs.length, 0);
  assert.ok(String(history).includes('no complete epoch'));
  tf.dispose([train.x, train.y]);
});

test('SIGINT (the kernel interrupt) stops at the next batch boundary; the listener is removed afterwards', async () => {
  const model = toyModel();
  const train = toyTensors(64);
  const listeners = process.listenerCount('SIGINT');
  let during = 0;
  const history = await fineTune(model, train, {
    epochs: 3,
    batchSize: 16,
    seed: 2,
    silent: true,
    callbacks: {
      onBatchEnd: (batch) => {
        during = process.listenerCount('SIGINT');
        if (batch === 2) process.emit('SIGINT');
      },
    },
  });
  assert.equal(during, listeners + 1);
  assert.equal(process.listenerCount('SIGINT'), listeners);
  assert.equal(history.stopReason, 'stopped');
  assert.equal(history.steps.length, 3);
  assert.equal(lastHistory(model), history);
  tf.dispose([train.x, train.y]);
});
