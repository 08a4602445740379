import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AWAIT_HOOK, hasTopLevelAwait, makeAwaitsInterruptible } from '../../kernel/exec/await-rewrite';
import { InterruptError, Interrupts } from '../../kernel/exec/interrupt';

const H = AWAIT_HOOK;

test('every await, nested ones too, goes through the hook; lines stay put', () => {
  const js = 'const a = await f(await g());\nreturn async () => await h;';
  const out = makeAwaitsInterruptible(js);
  assert.equal(out, `const a = await ${H}(f(await ${H}(g())));\nreturn async () => await ${H}(h);`);
  assert.equal(out.split('\n').length, js.split('\n').length);
  assert.equal(makeAwaitsInterruptible('x + 1'), 'x + 1');
});

test('an await in the operand of another await is hooked inside the outer hook', () => {
  // Outside async code `await (x)` parses as a call to a function named await; these are compiled cell bodies.
  assert.equal(makeAwaitsInterruptible('const x = await (await f()).json();'), `const x = await ${H}((await ${H}(f())).json());`);
  assert.equal(makeAwaitsInterruptible('await await x;'), `await ${H}(await ${H}(x));`);
  assert.equal(makeAwaitsInterruptible('(await a()).b(await c());'), `(await ${H}(a())).b(await ${H}(c()));`);
  assert.equal(makeAwaitsInterruptible('await (p);'), `await ${H}((p));`);
  assert.equal(makeAwaitsInterruptible('const t = `${await a}-${await (b)}`;'), `const t = \`\${await ${H}(a)}-\${await ${H}((b))}\`;`);
});

test('await as a property name, and for await, are left alone', () => {
  const js = 'const o = { await: 1 };\nfor await (const v of o.await) s += v;';
  assert.equal(makeAwaitsInterruptible(js), js);
});

test('top-level await is found where tslab misses it, and not inside functions', () => {
  assert.equal(hasTopLevelAwait('const x = await (await f()).json();'), true);
  assert.equal(hasTopLevelAwait('await (p);'), true);
  assert.equal(hasTopLevelAwait('for await (const v of g()) s += v;'), true);
  assert.equal(hasTopLevelAwait('if (c) { x = [`${await a}`]; }'), true);
  assert.equal(hasTopLevelAwait('const f = async () => await (g());\nasync function h() { for await (const v of g()); }'), false);
  assert.equal(hasTopLevelAwait('class A { async m() { await (x); } }\nconst o = { await: 1 }; o.await;'), false);
  assert.equal(hasTopLevelAwait('x + 1'), false);
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
