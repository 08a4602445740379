import { test } from 'node:test';
import assert from 'node:assert/strict';
import { constantSchedule, cosineSchedule, linearSchedule, oneCycleSchedule, resolveSchedule } from '../../src/train/schedules';

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected)), `${what}: ${actual} != ${expected}`);

test('constant: the same rate at every step', () => {
  const s = constantSchedule(0.01);
  for (const t of [0, 1, 99, 10_000]) assert.equal(s.lr(t), 0.01);
});

test('linear: warmup (t+1)/W, then decay to 0 at T', () => {
  const s = linearSchedule({ lr: 1, totalSteps: 10, warmup: 4 });
  const expected = [0.25, 0.5, 0.75, 1, 1, 5 / 6, 4 / 6, 3 / 6, 2 / 6, 1 / 6, 0];
  expected.forEach((e, t) => close(s.lr(t), e, `step ${t}`));
  close(linearSchedule({ lr: 2, totalSteps: 4 }).lr(1), 1.5, 'no warmup');
});

test('cosine: warmup, then (1 + cos(pi p)) / 2 down to minLr', () => {
  const s = cosineSchedule({ lr: 1, totalSteps: 6, warmup: 2 });
  const expected = [0.5, 1, 1, (1 + Math.cos(Math.PI / 4)) / 2, 0.5, (1 + Math.cos((3 * Math.PI) / 4)) / 2, 0];
  expected.forEach((e, t) => close(s.lr(t), e, `step ${t}`));
  close(cosineSchedule({ lr: 1, totalSteps: 4, minLr: 0.1 }).lr(4), 0.1, 'ends at minLr');
});

test('one-cycle: lr/25 up to lr over pctStart, then down to lr/25/1e4', () => {
  const s = oneCycleSchedule({ lr: 1, totalSteps: 8, pctStart: 0.25 });
  const start = 1 / 25;
  const end = start / 1e4;
  const up = (p: number) => 1 + ((start - 1) * (1 + Math.cos(Math.PI * p))) / 2;
  const down = (p: number) => end + ((1 - end) * (1 + Math.cos(Math.PI * p))) / 2;
  const expected = [up(0), up(0.5), down(0), down(1 / 6), down(2 / 6), down(3 / 6), down(4 / 6), down(5 / 6), down(1)];
  expected.forEach((e, t) => close(s.lr(t), e, `step ${t}`));
  close(s.lr(0), 0.04, 'starts at lr / divFactor');
  close(s.lr(2), 1, 'peaks at lr');
});

test('resolveSchedule: names, custom objects, warmup with constant, clear errors', () => {
  assert.equal(resolveSchedule(undefined, { lr: 0.1, totalSteps: 5 }).lr(3), 0.1);
  const warm = resolveSchedule('constant', { lr: 0.1, totalSteps: 5, warmup: 2 });
  close(warm.lr(0), 0.05, 'warmup step 0');
  close(warm.lr(4), 0.1, 'after warmup');
  const custom = { name: 'halving', lr: (t: number) => 1 / 2 ** t };
  assert.equal(resolveSchedule(custom, { lr: 1, totalSteps: 5 }), custom);
  assert.throws(() => resolveSchedule('step' as never, { lr: 1, totalSteps: 5 }), /unknown options.schedule 'step'/);
  assert.throws(() => linearSchedule({ lr: 1, totalSteps: 5, warmup: 6 }), /warmup must be between 0 and totalSteps/);
  assert.throws(() => oneCycleSchedule({ lr: 1, totalSteps: 5, pctStart: 1 }), /pctStart/);
});
