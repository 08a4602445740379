import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tl from '../../src';

test('the gold NER set: ≥600 sentences, every entity is the text at its offsets, IOB2 tags agree, splits disjoint by document', () => {
  const all = tl.datasets.goldNer({ split: 'all' });
  assert.ok(all.length >= 600, `${all.length} sentences`);
  const docsBySplit = new Map<string, Set<string>>();
  for (const r of all) {
    for (const e of r.entities) {
      assert.equal(r.text.slice(e.start, e.end), e.text, r.id);
      assert.ok((tl.GOLD_NER_TYPES as readonly string[]).includes(e.type), `${r.id}: type ${e.type}`);
    }
    assert.equal(r.tags.length, r.tokens.length);
    assert.equal(r.tags.filter((t) => t.startsWith('B-')).length, r.entities.length, r.id);
    for (const [i, [s, e]] of r.offsets.entries()) assert.equal(r.text.slice(s, e), r.tokens[i]);
    const key = `${r.dataset}/${r.doc}`;
    for (const [split, docs] of docsBySplit) if (split !== r.split) assert.ok(!docs.has(key), `${key} in ${split} and ${r.split}`);
    docsBySplit.set(r.split, (docsBySplit.get(r.split) ?? new Set()).add(key));
  }
  assert.deepEqual([...docsBySplit.keys()].sort(), ['test', 'train', 'val']);
  assert.equal(tl.datasets.goldNer({ split: 'test' }).length + tl.datasets.goldNer({ split: 'val' }).length + tl.datasets.goldNer().length, all.length);
});

test('the gold QA set: ≥400 SQuAD v2 questions, answers are the context at answer_start, some unanswerable', () => {
  const all = tl.datasets.goldQa({ split: 'all' });
  assert.ok(all.length >= 400, `${all.length} questions`);
  const unanswerable = all.filter((q) => q.answers.text.length === 0).length;
  assert.ok(unanswerable > 0 && unanswerable < all.length);
  for (const q of all) {
    assert.ok(q.question.trim().length > 0, q.id);
    q.answers.text.forEach((t, i) => assert.equal(q.context.slice(q.answers.answer_start[i], q.answers.answer_start[i] + t.length), t, q.id));
  }
  const imdbOnly = tl.datasets.goldQa({ split: 'all', dataset: 'imdb' });
  assert.ok(imdbOnly.length > 0 && imdbOnly.every((q) => q.dataset === 'imdb'));
});

test('a bad split or dataset names the option and what is accepted', () => {
  assert.throws(() => tl.datasets.goldNer({ split: 'dev' as never }), /split 'dev' is not one of 'train', 'val', 'test', 'all'/);
  assert.throws(() => tl.datasets.goldQa({ dataset: 'conll' as never }), /dataset 'conll' is not one of 'imdb', 'spam-assassin'/);
});
