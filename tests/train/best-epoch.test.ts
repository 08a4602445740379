import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BestEpoch } from '../../src/train/best-epoch';

test('BestEpoch: max mode, minDelta, patience, and no stopping without earlyStopping', () => {
  const monitor = { metric: 'val_acc', mode: 'max' as const, minDelta: 0.01, patience: 2, restoreBest: true };
  const best = new BestEpoch(monitor, true);
  assert.deepEqual(best.update(0, { val_acc: 0.5 }), { improved: true, stop: false });
  assert.deepEqual(best.update(1, { val_acc: 0.505 }), { improved: false, stop: false }, 'below minDelta');
  assert.deepEqual(best.update(2, { val_acc: 0.6 }), { improved: true, stop: false });
  assert.deepEqual(best.update(3, { val_acc: 0.59 }), { improved: false, stop: false });
  assert.deepEqual(best.update(4, { val_acc: 0.6 }), { improved: false, stop: true });
  assert.deepEqual(best.state(), { value: 0.6, epoch: 2, wait: 2 });
  const watching = new BestEpoch(monitor, false);
  watching.load({ value: 0.9, epoch: 7, wait: 5 });
  assert.deepEqual(watching.update(8, { val_acc: 0.1 }), { improved: false, stop: false });
});
