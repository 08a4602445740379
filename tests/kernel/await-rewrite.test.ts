import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AWAIT_HOOK, makeAwaitsInterruptible } from '../../kernel/exec/await-rewrite';
import { InterruptError, Interrupts } from '../../kernel/exec/interrupt';

test('every await, nested ones too, goes through the hook; lines stay put', () => {
  const js = '(async function () {\n  const a = await f(await g());\n  return async () => await h;\n})';
  const out = makeAwaitsInterruptible(js);
  assert.equal(out, `(async function () {\n  const a = await ${AWAIT_HOOK}(f(await ${AWAIT_HOOK}(g())));\n  return async () => await ${AWAIT_HOOK}(h);\n})`);
  assert.equal(out.split('\n').length, js.split('\n').length);
  assert.equal(makeAwaitsInterruptible('x + 1'), 'x + 1');
});

test('an interrupt rejects pending awaits, later ones in the cell, and aborts the signal', async () => {
  const interrupts = new Interrupts();
  interrupts.startCell();
  const never = interrupts.interruptible(new Promise(() => {})) as Promise<unknown>;
  const signal = interrupts.signal;
  interrupts.interrupt();
  await assert.rejects(never, InterruptError);
  assert.equal(signal.aborted, true);
  assert.throws(() => interrupts.interruptible(1), InterruptError);
  interrupts.endCell();
  interrupts.startCell();
  assert.equal(interrupts.interruptible(2), 2);
  assert.equal(interrupts.signal.aborted, false);
  assert.equal(await (interrupts.interruptible(Promise.resolve(3)) as Promise<number>), 3);
});
