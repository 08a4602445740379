// The kernel over the wire: replies, results, errors with cell line numbers,
// stop_on_error, display, output routing, and the non-execute requests.
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

const types = (outputs: { header: { msg_type: string } }[]) => outputs.map((m) => m.header.msg_type);

test('kernel_info_reply has status and full language_info', async () => {
  const reply = await kernel.request('kernel_info_request');
  assert.equal(reply.header.msg_type, 'kernel_info_reply');
  assert.equal(reply.content.status, 'ok');
  assert.equal(reply.content.protocol_version, '5.3');
  const info = reply.content.language_info as Record<string, unknown>;
  assert.equal(info.name, 'typescript');
  assert.equal(info.file_extension, '.ts');
  assert.equal(info.mimetype, 'text/typescript');
  assert.equal(info.pygments_lexer, 'typescript');
  assert.match(String(info.version), /^5\.0\./);
});

test('the last expression comes back as execute_result, plain text without ANSI', async () => {
  const { reply, outputs } = await kernel.execute('const greeting = { hello: "world", n: [1, 2] };\ngreeting');
  assert.equal(reply.content.status, 'ok');
  const result = outputs.find((m) => m.header.msg_type === 'execute_result');
  assert.ok(result, `no execute_result in ${types(outputs)}`);
  const text = String((result.content.data as Record<string, unknown>)['text/plain']);
  assert.equal(text, "{ hello: 'world', n: [ 1, 2 ] }");
  assert.doesNotMatch(text, /\x1b\[/);
  assert.equal(result.content.execution_count, reply.content.execution_count);
});

test('user_expressions are evaluated after the cell', async () => {
  const { reply } = await kernel.execute('const base = 20;', { user_expressions: { double: 'base * 2', bad: 'missing' } });
  const results = reply.content.user_expressions as Record<string, Record<string, unknown>>;
  assert.deepEqual(results.double, { status: 'ok', data: { 'text/plain': '40' }, metadata: {} });
  assert.equal(results.bad.status, 'error');
});

test('declarations carry over to later cells, with their types', async () => {
  await kernel.execute('let counter: number = 41;\nfunction bump(by: number) { counter += by; return counter; }');
  const { outputs } = await kernel.execute('bump(1)');
  assert.equal((outputs[0].content.data as Record<string, unknown>)['text/plain'], '42');
  const typed = await kernel.execute('const s: string = counter;');
  assert.equal(typed.reply.content.status, 'error');
  assert.equal(typed.reply.content.ename, 'TSError');
  // The cell globals are declarations too: they must survive any number of cells.
  for (let i = 0; i < 6; i++) await kernel.execute(`${i}`);
  const shown = await kernel.execute('display.html("<i>still here</i>"); counter');
  assert.equal(shown.reply.content.status, 'ok', JSON.stringify(shown.reply.content));
});

test('a thrown error names the cell line it was thrown from', async () => {
  const code = 'const ok = 1;\nfunction fail() {\n  throw new RangeError("out of range");\n}\nfail();';
  const { reply, outputs } = await kernel.execute(code, { stop_on_error: false });
  assert.equal(reply.content.status, 'error');
  assert.equal(reply.content.ename, 'RangeError');
  assert.equal(reply.content.evalue, 'out of range');
  const tb = (reply.content.traceback as string[]).join('\n');
  assert.match(tb, /line 3 in fail/);
  assert.match(tb, /3 \|   throw new RangeError/);
  assert.match(tb, /line 5\n/);
  assert.doesNotMatch(tb, /dist[\\/]kernel|node:internal/);
  assert.deepEqual(types(outputs), ['error']);
});

test('a rejected promise, a type error and a syntax error are errors with line numbers', async () => {
  const rejected = await kernel.execute('await Promise.resolve();\nawait Promise.reject(new TypeError("nope"));', { stop_on_error: false });
  assert.equal(rejected.reply.content.status, 'error');
  assert.equal(rejected.reply.content.ename, 'TypeError');
  assert.match((rejected.reply.content.traceback as string[]).join('\n'), /line 2/);

  const typeError = await kernel.execute('const a = 1;\nconst b: string = a;', { stop_on_error: false });
  assert.equal(typeError.reply.content.ename, 'TSError');
  assert.match((typeError.reply.content.traceback as string[]).join('\n'), /line 2, column 7: Type 'number' is not assignable to type 'string'/);

  const syntax = await kernel.execute('const x = ;', { stop_on_error: false });
  assert.equal(syntax.reply.content.ename, 'SyntaxError');
  assert.match((syntax.reply.content.traceback as string[]).join('\n'), /line 1/);
  assert.deepEqual(types(syntax.outputs), ['error']);
});

test('stop_on_error: false runs the next cell; true aborts the queued ones', async () => {
  const first = kernel.send('shell', 'execute_request', { code: 'throw new Error("first")', stop_on_error: false });
  const second = kernel.send('shell', 'execute_request', { code: '"second ran"', stop_on_error: false });
  assert.equal((await first.reply).content.status, 'error');
  assert.equal((await second.reply).content.status, 'ok');

  const failing = kernel.send('shell', 'execute_request', { code: 'await new Promise(r => setTimeout(r, 300));\nthrow new Error("stop")', stop_on_error: true });
  const queued = kernel.send('shell', 'execute_request', { code: '"must not run"', stop_on_error: true });
  assert.equal((await failing.reply).content.status, 'error');
  assert.equal((await queued.reply).content.status, 'aborted');
  const after = await kernel.execute('"runs again"');
  assert.equal(after.reply.content.status, 'ok');
});

test('display(), display.html and friends, update by display_id, clear_output', async () => {
  const { outputs } = await kernel.execute(
    'const h = display.html("<b>v1</b>");\n' +
      'display.markdown("# md"); display.svg("<svg/>"); display.json({ a: 1 });\n' +
      'display({ [Symbol.for("Jupyter.display")]: () => ({ "text/html": "<i>own</i>" }) });\n' +
      'h.update("<b>v2</b>");\n' +
      'clear_output({ wait: true });',
  );
  assert.deepEqual(types(outputs), ['display_data', 'display_data', 'display_data', 'display_data', 'display_data', 'update_display_data', 'clear_output']);
  const [html, md, svg, json, own, update, clear] = outputs.map((m) => m.content as Record<string, any>);
  assert.equal(html.data['text/html'], '<b>v1</b>');
  assert.equal(md.data['text/markdown'], '# md');
  assert.equal(svg.data['image/svg+xml'], '<svg/>');
  assert.deepEqual(json.data['application/json'], { a: 1 });
  assert.equal(own.data['text/html'], '<i>own</i>');
  assert.equal(update.transient.display_id, html.transient.display_id);
  assert.equal(update.data['text/html'], '<b>v2</b>');
  assert.equal(clear.wait, true);
});

test('a cell value with Symbol.for("Jupyter.display") renders its bundle', async () => {
  const { outputs } = await kernel.execute('({ [Symbol.for("Jupyter.display")]() { return { "text/html": "<table></table>", "text/plain": "table" }; } })');
  const result = outputs.find((m) => m.header.msg_type === 'execute_result');
  assert.deepEqual(result?.content.data, { 'text/html': '<table></table>', 'text/plain': 'table' });
});

test('a promise value is shown by its state, without async_hooks internals', async () => {
  const { outputs } = await kernel.execute('new Promise(() => {})');
  assert.equal((outputs[0].content.data as Record<string, unknown>)['text/plain'], 'Promise { <pending> }');
});

test('console output, display and uncaught errors from a timer go to the cell that started it', async () => {
  const starter = await kernel.execute(
    'setTimeout(() => console.log("late hello"), 300);\nsetTimeout(() => display.html("<p>late</p>"), 300);\n' +
      'setTimeout(() => { throw new Error("thrown in a timer"); }, 300);',
  );
  const other = await kernel.execute('"another cell"');
  const late = await kernel.waitForIopub((m) => m.header.msg_type === 'stream' && String(m.content.text).includes('late hello'));
  assert.equal((late.parent_header as { msg_id: string }).msg_id, (starter.reply.parent_header as { msg_id: string }).msg_id);
  const lateDisplay = await kernel.waitForIopub((m) => m.header.msg_type === 'display_data' && (m.content.data as any)['text/html'] === '<p>late</p>');
  assert.equal((lateDisplay.parent_header as { msg_id: string }).msg_id, (starter.reply.parent_header as { msg_id: string }).msg_id);
  const uncaught = await kernel.waitForIopub((m) => m.header.msg_type === 'stream' && String(m.content.text).includes('thrown in a timer'));
  assert.equal(uncaught.content.name, 'stderr');
  assert.equal((uncaught.parent_header as { msg_id: string }).msg_id, (starter.reply.parent_header as { msg_id: string }).msg_id);
  assert.notEqual((other.reply.parent_header as { msg_id: string }).msg_id, (starter.reply.parent_header as { msg_id: string }).msg_id);
});

test('complete, inspect, is_complete, comm_info and history are answered', async () => {
  await kernel.execute('/** Adds two numbers. */\nfunction addUp(a: number, b: number) { return a + b; }');
  const complete = await kernel.request('complete_request', { code: 'addU', cursor_pos: 4 });
  assert.ok((complete.content.matches as string[]).includes('addUp'));
  assert.equal(complete.content.cursor_start, 0);
  assert.equal(complete.content.cursor_end, 4);

  const inspect = await kernel.request('inspect_request', { code: 'addUp(1, 2)', cursor_pos: 2, detail_level: 0 });
  assert.equal(inspect.content.found, true);
  const text = String((inspect.content.data as Record<string, unknown>)['text/plain']);
  assert.match(text, /function addUp\(a: number, b: number\): number/);
  assert.match(text, /Adds two numbers/);

  for (const [code, status] of [['1 + 1', 'complete'], ['function f() {', 'incomplete'], ['let = ;', 'invalid']] as const) {
    const reply = await kernel.request('is_complete_request', { code });
    assert.equal(reply.content.status, status, code);
  }
  const comms = await kernel.request('comm_info_request', {});
  assert.deepEqual(comms.content, { status: 'ok', comms: {} });

  await kernel.execute('"find me 1"');
  const tail = await kernel.request('history_request', { hist_access_type: 'tail', n: 1, output: false, raw: true });
  assert.deepEqual((tail.content.history as unknown[][])[0].slice(2), ['"find me 1"']);
  const search = await kernel.request('history_request', { hist_access_type: 'search', pattern: '*find me*', output: true, raw: true });
  assert.deepEqual((search.content.history as unknown[][]).map((h) => h[2]), [['"find me 1"', "'find me 1'"]]);
  const [session, line] = (tail.content.history as number[][])[0];
  const range = await kernel.request('history_request', { hist_access_type: 'range', session, start: line, stop: line + 1, output: false, raw: true });
  assert.equal((range.content.history as unknown[]).length, 1);
});

test('shutdown_request is answered and the kernel exits', async () => {
  const exited = new Promise((resolve) => kernel.process.once('exit', resolve));
  const reply = await kernel.request('shutdown_request', { restart: true }, 'control');
  assert.deepEqual(reply.content, { status: 'ok', restart: true });
  assert.equal(await exited, 0, kernel.stderr.join(''));
});
