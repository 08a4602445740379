// Names declared in an earlier cell, used in every spelling a later cell may
// use them: shorthand properties, destructuring defaults and targets, export
// lists, template literals, class fields. Run through the real kernel.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { KernelClient, transferlabArgv } from './client';
import { spellOutEarlierCellReferences } from '../../kernel/exec/earlier-cell-references';

let kernel: KernelClient;

before(async () => {
  kernel = await KernelClient.start(transferlabArgv());
  await kernel.ready();
  const { reply } = await kernel.execute('const foo = 1;\nlet bar = "b";\nconst objv = { p: 7 };\ntype Num = number;');
  assert.equal(reply.content.status, 'ok');
});

after(async () => {
  await kernel.close();
});

const result = (code: string) => kernel.resultText(code);

test('a shorthand property takes its value from an earlier cell', async () => {
  assert.equal(await result('const o = { foo }; o'), '{ foo: 1 }');
  assert.equal(await result('({ foo, bar, ...objv })'), "{ foo: 1, bar: 'b', p: 7 }");
  assert.equal(await result('const make = () => ({ bar });\nmake()'), "{ bar: 'b' }");
  assert.equal(await result('class Holder { held = { foo }; }\nnew Holder().held'), '{ foo: 1 }');
  assert.equal(await result('`${JSON.stringify({ foo })}`'), '\'{"foo":1}\'');
});

test('a shorthand destructuring target assigns the earlier cell variable', async () => {
  assert.equal(await result('let got = 0;\n({ bar = "z", got } = { got: 4 } as { bar?: string; got: number });\n[bar, got]'), "[ 'z', 4 ]");
  assert.equal(await result('bar'), "'z'");
  await result('bar = "b"; bar');
});

test('export { name } of an earlier cell keeps its value', async () => {
  await result('const kept = 5;\nlet keptToo = "k";\nkept');
  const { reply } = await kernel.execute('export { kept }');
  assert.equal(reply.content.status, 'ok');
  assert.equal(await result('kept'), '5');
  const mixed = await kernel.execute('const own = 3;\nexport { own as ownAlias, keptToo as alias, Num,\n  kept }');
  assert.equal(mixed.reply.content.status, 'ok');
  assert.equal(await result('[own, keptToo, kept]'), "[ 3, 'k', 5 ]");
});

test('destructuring defaults, template literals and class fields read earlier cells', async () => {
  assert.equal(await result('const { q = foo } = {} as { q?: number };\nconst [r = foo] = [] as number[];\n[q, r]'), '[ 1, 1 ]');
  assert.equal(await result('function withDefault({ c = foo } = {}) { return c; }\nwithDefault()'), '1');
  assert.equal(await result('`${bar}-${foo + 1}`'), "'b-2'");
  assert.equal(await result('class Fields { v = foo; static s: Num = foo * 2; }\n[new Fields().v, Fields.s]'), '[ 1, 2 ]');
});

test('errors still point at the code as written', async () => {
  const missing = await kernel.execute('const x = { nope };');
  assert.equal(missing.reply.content.status, 'error');
  assert.match(String(missing.reply.content.evalue), /shorthand property 'nope'.*\(TS18004\)/);
  assert.match((missing.reply.content.traceback as string[]).join('\n'), /line 1, column 13/);
  const thrown = await kernel.execute('const w = { foo };\nfunction fail() {\n  throw new Error(JSON.stringify({ foo, w }));\n}\nfail();');
  assert.equal(thrown.reply.content.evalue, '{"foo":1,"w":{"foo":1}}');
  const traceback = (thrown.reply.content.traceback as string[]).join('\n');
  assert.match(traceback, /line 3 in fail\n +3 \|   throw new Error\(JSON.stringify\(\{ foo, w \}\)\);/);
  assert.match(traceback, /line 5\n +5 \| fail\(\);/);
});

test('the respelling inserts or replaces text within lines only', () => {
  assert.equal(spellOutEarlierCellReferences('const o = { foo, bar: 2 };'), 'const o = { foo: foo, bar: 2 };');
  assert.equal(spellOutEarlierCellReferences('({ a = 1 } = {});'), '({ a: a = 1 } = {});');
  const exported = 'const own = 1;\nexport {\n  own as alias,\n  earlier,\n};\nexport { other };';
  assert.equal(spellOutEarlierCellReferences(exported), 'const own = 1;\nexport { own as alias }\n\n\n;\nexport {  };');
  const untouched = 'const a = { b: 1 };\nexport { a };';
  assert.equal(spellOutEarlierCellReferences(untouched), untouched);
});
