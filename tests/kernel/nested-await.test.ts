// Cells whose awaits tslab does not recognise as top-level (`await (x)`, an
// await inside another await's operand, `for await`) and other spellings of
// await, run through the real kernel; and interrupting such a cell.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { KernelClient, transferlabArgv } from './client';

let kernel: KernelClient;

before(async () => {
  kernel = await KernelClient.start(transferlabArgv());
  await kernel.ready();
});

after(async () => {
  await kernel.close();
});

const result = (code: string) => kernel.resultText(code);

test('an await inside the operand of another await', async () => {
  assert.equal(await result('const f = async () => ({ json: async () => 42 });\nconst x = await (await f()).json();\nx'), '42');
  assert.equal(await result('x + 1'), '43');
  const fallback = 'const r = await (await fetch("http://127.0.0.1:1/x").catch(() => ({ json: async () => 1 }))).json();\nr';
  assert.equal(await result(fallback), '1');
  assert.equal(await result('await (Promise.resolve(7))'), '7');
  assert.equal(await result('await await Promise.resolve(Promise.resolve(8))'), '8');
});

test('chained, templated and looped awaits', async () => {
  const chained = 'const a = async () => ({ b: (n: number) => n + 1 });\nconst c = async () => 2;\n(await a()).b(await c())';
  assert.equal(await result(chained), '3');
  assert.equal(await result('`v=${await Promise.resolve(3)}, w=${await (Promise.resolve(4))}`'), "'v=3, w=4'");
  assert.equal(await result('async function* g() { yield 1; yield 2; }\nlet s = 0;\nfor await (const v of g()) s += v;\ns'), '3');
});

test('awaits inside functions the cell defines, and await as a property name', async () => {
  assert.equal(await result('const later = async () => await (await Promise.resolve(async () => 5))();\nlater()'), 'Promise { <pending> }');
  assert.equal(await result('await later()'), '5');
  assert.equal(await result('const o = { await: 6 };\no.await'), '6');
});

test('an interrupt stops a loop whose await is parenthesised', async () => {
  // Declared in its own cell: an interrupted cell's declarations are dropped.
  assert.equal(await result('let steps = 0;\nsteps'), '0');
  const loop = 'for (let i = 0; i < 600; i++) {\n  await (new Promise((r) => setTimeout(r, 100)));\n  steps++;\n}';
  const running = kernel.send('shell', 'execute_request', { code: loop, stop_on_error: false });
  await new Promise((r) => setTimeout(r, 1000));
  void kernel.request('interrupt_request', {}, 'control');
  const reply = await running.reply;
  assert.equal(reply.content.ename, 'InterruptError');
  const steps = Number(await result('steps'));
  assert.ok(steps > 0 && steps < 600, `steps=${steps}`);
});
