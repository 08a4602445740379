import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JUPYTER_DISPLAY } from '../../src/display';
import { highlightEntities, entityColor, entityErrors, EntityErrorTable } from '../../src/ner';

test('highlightEntities: one mark per entity in its type colour, a legend, escaped text, a plain-text fallback', () => {
  const text = 'Zoë <b>met</b> Ann Lee in São Paulo 🚀.';
  const ann = text.indexOf('Ann Lee');
  const sp = text.indexOf('São Paulo');
  const view = highlightEntities(text, { entities: [
    { type: 'LOC', text: 'São Paulo', start: sp, end: sp + 9, score: 0.9 },
    { type: 'PER', text: 'Ann Lee', start: ann, end: ann + 7, score: 0.8 },
  ] });
  const bundle = view[JUPYTER_DISPLAY]();
  const html = String(bundle['text/html']);
  assert.equal((html.match(/<mark /g) ?? []).length, 4, 'two entities and two legend swatches');
  assert.ok(html.includes(`background:${entityColor('PER')}`) && html.includes(`background:${entityColor('LOC')}`));
  assert.notEqual(entityColor('PER'), entityColor('LOC'));
  assert.ok(html.includes('&lt;b&gt;met&lt;/b&gt;'), 'the text is escaped');
  assert.ok(!html.includes('<b>met'));
  assert.equal(bundle['text/plain'], 'Zoë <b>met</b> [Ann Lee](PER) in [São Paulo](LOC) 🚀.\n\nTypes: LOC, PER');
  assert.equal(entityColor('B-PER'), entityColor('PER'));
  assert.equal(entityColor('WORK_OF_ART'), entityColor('WORK_OF_ART'));
});

test('highlightEntities takes many texts with model predictions, and rejects spans outside the text', () => {
  const view = highlightEntities(['a b', 'c'], [{ entities: [] }, [{ type: 'X', start: 0, end: 1 }]]);
  assert.equal(String(view), 'a b\n\n[c](X)\n\nTypes: X');
  assert.throws(() => highlightEntities('abc', [{ type: 'X', start: 2, end: 9 }]), /not a span of a text of length 3/);
  assert.throws(() => highlightEntities(['a', 'b'], [{ entities: [] }]), /2 texts but 1 predictions/);
  assert.throws(() => highlightEntities(['a'], [{} as never]), /has no entities/);
});

test('the error table lists each kind with its sentence and spans, in HTML and text', () => {
  const sentence = 'Ann met Bob at IBM in Rome.';
  const at = (type: string, piece: string) => ({ type, text: piece, start: sentence.indexOf(piece), end: sentence.indexOf(piece) + piece.length });
  const errors = entityErrors(7, sentence, [at('PER', 'Ann'), at('ORG', 'IBM'), at('LOC', 'Rome')], [at('PER', 'Ann'), at('LOC', 'IBM'), at('PER', 'Bob')]);
  assert.deepEqual(errors.map((e) => e.kind), ['spurious', 'wrong-type', 'missed']);
  const table = new EntityErrorTable(errors);
  const text = String(table);
  assert.match(text, /Entity errors: 3 \(1 missed, 1 spurious, 1 wrong-type, 0 boundary\)/);
  assert.match(text, /wrong-type +IBM \(ORG, 15-18\) +IBM \(LOC, 15-18\)/);
  const html = String(table[JUPYTER_DISPLAY]()['text/html']);
  assert.equal((html.match(/<tr>/g) ?? []).length, 4);
  assert.match(html, /<mark [^>]*>Rome/);
  assert.equal(String(new EntityErrorTable([])), 'No entity errors.');
});
