// Bad calls to tl.zeroShot and tl.fewShot: each error names the argument and says what to do.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as tl from '../../src/index';

const loadUseLite = () => tl.loadPretrained('use-lite');
let base: Awaited<ReturnType<typeof loadUseLite>>;
before(async () => {
  await tl.tf.setBackend('cpu');
  base = await loadUseLite();
});

const df = (labels: string[]) => new tl.DataFrame({ text: labels.map((l, i) => `text ${i} ${l}`), label: labels });

const ZERO: Array<[string, () => unknown, RegExp[]]> = [
  ['one label', () => tl.zeroShot(base, { labels: ['pos'] }), [/tl\.zeroShot\(encoder, options\)/, /options\.labels must list at least two labels, got 1/]],
  ['no labels', () => tl.zeroShot(base, {} as never), [/options\.labels must list at least two labels/]],
  ['an empty description', () => tl.zeroShot(base, { labels: [{ name: 'pos', description: 'good' }, { name: 'neg', description: ' ' }] }), [/options\.labels\[1\]\.description \(label 'neg'\) is empty/]],
  ['an empty label name', () => tl.zeroShot(base, { labels: ['pos', ''] }), [/options\.labels\[1\] is an empty string/]],
  ['duplicate labels', () => tl.zeroShot(base, { labels: ['pos', 'pos'] }), [/names 'pos' twice/]],
  ['a template without {}', () => tl.zeroShot(base, { labels: ['a', 'b'], template: 'This is it.' }), [/options\.template 'This is it\.' has no '\{\}'/]],
  ['template and templates', () => tl.zeroShot(base, { labels: ['a', 'b'], template: '{}', templates: ['{}'] }), [/options\.template or options\.templates, not both/]],
  ['a typo', () => tl.zeroShot(base, { labels: ['a', 'b'], templtes: ['{}'] } as never), [/options\.templtes is not an option/, /Did you mean 'templates'/]],
  ['temperature 0', () => tl.zeroShot(base, { labels: ['a', 'b'], temperature: 0 }), [/options\.temperature must be a positive number/]],
];

for (const [name, run, says] of ZERO) {
  test(`zeroShot: ${name}`, () => {
    assert.throws(run, (err: Error) => says.every((re) => re.test(err.message)) || assert.fail(err.message));
  });
}

const FEW: Array<[string, () => Promise<unknown>, RegExp[]]> = [
  ['a class with one example', () => tl.fewShot(base, df(['pos', 'pos', 'neg']), { silent: true }), [/tl\.fewShot\(encoder, train, options\)/, /class 'neg' has 1 example in train/, /at least two examples/]],
  ['one class', () => tl.fewShot(base, df(['pos', 'pos']), { silent: true }), [/at least two classes/]],
  ['a typo', () => tl.fewShot(base, df(['a', 'a', 'b', 'b']), { epoch: 2 } as never), [/options\.epoch is not an option/, /Did you mean 'epochs'/]],
  ['a nested typo', () => tl.fewShot(base, df(['a', 'a', 'b', 'b']), { head: { epoch: 2 } } as never), [/options\.head\.epoch is not an option/]],
  ['a label column that is absent', () => tl.fewShot(base, df(['a', 'a', 'b', 'b']), { label: 'class' }), [/options\.label/, /no column "class"/]],
  ['not a DataFrame', () => tl.fewShot(base, [] as never), [/train must be a DataFrame/]],
  ['a label outside options.labels', () => tl.fewShot(base, df(['a', 'a', 'b', 'b']), { labels: ['a', 'c'] }), [/row 2 has label 'b', which is not in options\.labels/]],
];

for (const [name, run, says] of FEW) {
  test(`fewShot: ${name}`, async () => {
    await assert.rejects(run, (err: Error) => says.every((re) => re.test(err.message)) || assert.fail(err.message));
  });
}
