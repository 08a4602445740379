// Interrupting: an awaited 60-second loop stops within 2 s of interrupt_request
// (and of SIGINT), a synchronous infinite loop stops too, also while and after a
// library listens for SIGINT itself, and later cells still see earlier declarations.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { KernelClient, transferlabArgv } from './client';

let kernel: KernelClient;

before(async () => {
  kernel = await KernelClient.start(transferlabArgv());
  await kernel.ready();
  const setup = await kernel.execute('const before = "declared earlier";\nlet steps = 0;');
  assert.equal(setup.reply.content.status, 'ok');
});

after(async () => {
  await kernel.close();
});

const SIXTY_SECOND_LOOP = 'steps = 0;\nfor (let i = 0; i < 600; i++) {\n  await new Promise((r) => setTimeout(r, 100));\n  steps++;\n}';

async function interruptAfterOneSecond(code: string, interrupt: () => void): Promise<{ reply: Record<string, unknown>; replyMs: number }> {
  const running = kernel.send('shell', 'execute_request', { code, stop_on_error: false });
  await new Promise((r) => setTimeout(r, 1000));
  const sent = Date.now();
  interrupt();
  const reply = await running.reply;
  return { reply: reply.content, replyMs: Date.now() - sent };
}

async function stillAlive(): Promise<void> {
  const { reply, outputs } = await kernel.execute('`${before}, steps=${steps}`');
  assert.equal(reply.content.status, 'ok');
  assert.match(String((outputs[0].content.data as Record<string, unknown>)['text/plain']), /declared earlier, steps=-?\d+/);
}

test('interrupt_request stops an awaited 60 s loop at its next await', async () => {
  const { reply, replyMs } = await interruptAfterOneSecond(SIXTY_SECOND_LOOP, () => {
    void kernel.request('interrupt_request', {}, 'control');
  });
  assert.equal(reply.status, 'error');
  assert.equal(reply.ename, 'InterruptError');
  assert.ok(replyMs < 2000, `execute_reply came ${replyMs} ms after the interrupt`);
  const { outputs } = await kernel.execute('steps');
  const steps = Number((outputs[0].content.data as Record<string, unknown>)['text/plain']);
  assert.ok(steps > 0 && steps < 600, `steps=${steps}`);
  // The loop really stopped: no more steps happen after the reply.
  await new Promise((r) => setTimeout(r, 300));
  const again = await kernel.execute('steps');
  assert.equal(Number((again.outputs[0].content.data as Record<string, unknown>)['text/plain']), steps);
  await stillAlive();
});

test('library loops see the interrupt through the display sink\'s interruptSignal', async () => {
  const watch =
    'const signal: AbortSignal = (globalThis as any)[Symbol.for("transferlab.displaySink")].interruptSignal;\n' +
    'let libraryStopped = false;\n' +
    'const poll = setInterval(() => { if (signal.aborted) { libraryStopped = true; clearInterval(poll); } }, 20);';
  assert.equal((await kernel.execute(watch)).reply.content.status, 'ok');
  const { reply } = await interruptAfterOneSecond(SIXTY_SECOND_LOOP, () => {
    void kernel.request('interrupt_request', {}, 'control');
  });
  assert.equal(reply.ename, 'InterruptError');
  await new Promise((r) => setTimeout(r, 200));
  const { outputs } = await kernel.execute('libraryStopped');
  assert.equal((outputs[0].content.data as Record<string, unknown>)['text/plain'], 'true');
});

test('SIGINT stops the same loop', async () => {
  const { reply, replyMs } = await interruptAfterOneSecond(SIXTY_SECOND_LOOP, () => kernel.process.kill('SIGINT'));
  assert.equal(reply.ename, 'InterruptError');
  assert.ok(replyMs < 2000, `execute_reply came ${replyMs} ms after SIGINT`);
  await stillAlive();
});

test('interrupt_request stops a synchronous infinite loop', async () => {
  const { reply, replyMs } = await interruptAfterOneSecond('steps = -1;\nwhile (true) {}', () => {
    void kernel.request('interrupt_request', {}, 'control');
  });
  assert.equal(reply.ename, 'InterruptError');
  assert.ok(replyMs < 2000, `execute_reply came ${replyMs} ms after the interrupt`);
  await stillAlive();
});

test('a SIGINT listener of a library (fineTune has one while it trains) hears interrupts too, and loops stop after it is gone', async () => {
  const interruptRequest = () => void kernel.request('interrupt_request', {}, 'control');
  const setup = await kernel.execute("let heard = 0;\nconst onSigint = () => { heard++; };\nprocess.on('SIGINT', onSigint);");
  assert.equal(setup.reply.content.status, 'ok');
  assert.equal((await interruptAfterOneSecond(SIXTY_SECOND_LOOP, interruptRequest)).reply.ename, 'InterruptError');
  assert.equal((await interruptAfterOneSecond('while (true) {}', interruptRequest)).reply.ename, 'InterruptError');
  assert.notEqual(await kernel.resultText('heard'), '0', 'the listener hears the interrupts');
  // Removed after an await, as fineTune does: vm re-adds the SIGINT listeners that synchronous cell code removes.
  assert.equal((await kernel.execute("await null;\nprocess.removeListener('SIGINT', onSigint);\nheard = 0;")).reply.content.status, 'ok');
  assert.equal((await interruptAfterOneSecond('while (true) {}', interruptRequest)).reply.ename, 'InterruptError');
  const { reply, replyMs } = await interruptAfterOneSecond(SIXTY_SECOND_LOOP, () => kernel.process.kill('SIGINT'));
  assert.equal(reply.ename, 'InterruptError');
  assert.ok(replyMs < 2000, `execute_reply came ${replyMs} ms after SIGINT`);
  assert.equal(await kernel.resultText('heard'), '0');
  await stillAlive();
});

test('heartbeats and kernel_info on control are answered while a cell blocks the main thread', async () => {
  const running = kernel.send('shell', 'execute_request', { code: 'while (true) {}', stop_on_error: false });
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await kernel.heartbeat(), 'ping');
  const info = await kernel.request('kernel_info_request', {}, 'control');
  assert.equal(info.content.status, 'ok');
  await kernel.request('interrupt_request', {}, 'control');
  assert.equal((await running.reply).content.ename, 'InterruptError');
});

test('shutdown_request ends a kernel even while a cell blocks it', async () => {
  void kernel.send('shell', 'execute_request', { code: 'while (true) {}', stop_on_error: false });
  await new Promise((r) => setTimeout(r, 300));
  const exited = new Promise((resolve) => kernel.process.once('exit', resolve));
  const reply = await kernel.request('shutdown_request', { restart: false }, 'control');
  assert.equal(reply.content.status, 'ok');
  const timeout = new Promise((resolve) => setTimeout(() => resolve('still running'), 5000));
  assert.notEqual(await Promise.race([exited, timeout]), 'still running');
});
