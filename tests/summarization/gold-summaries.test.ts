// The summarization reference set: 30 sections with references, split 15/15 by address, each section
// the package's text at its offsets (hash checked), references of the written length, bad options named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datasets } from '../../src/data';
import { evaluate } from '../../src/evaluate';
import { splitSentences, summarizer } from '../../src/summarize';

test('30 documents, 15 val and 15 test, disjoint addresses, sections of whole sentences under 3,000 characters', () => {
  const all = datasets.goldSummaries({ split: 'all' });
  const val = datasets.goldSummaries();
  const testSplit = datasets.goldSummaries({ split: 'test' });
  assert.equal(all.length, 30);
  assert.equal(val.length, 15);
  assert.equal(testSplit.length, 15);
  assert.ok(val.every((r) => r.split === 'val') && testSplit.every((r) => r.split === 'test'));
  const years = new Set(all.map((r) => r.doc));
  assert.equal(years.size, 30);
  for (const r of all) {
    assert.ok(r.text.length > 2000 && r.text.length <= 3000, `${r.id}: ${r.text.length} characters`);
    assert.match(r.text, /^\S/);
    assert.match(r.text, /[.!?"”)]$/);
    assert.equal(r.id, `sotu/${r.doc}/${r.start}`);
    const sentences = splitSentences(r.summary).length;
    assert.ok(sentences >= 2 && sentences <= 3, `${r.id}: ${sentences} reference sentences`);
    const words = r.summary.split(/\s+/).length;
    assert.ok(words >= 45 && words <= 90, `${r.id}: ${words} words`);
  }
});

test('a bad split is named with the accepted ones', () => {
  assert.throws(() => datasets.goldSummaries({ split: 'train' as never }), /options\.split must be one of 'val', 'test', 'all', got 'train'/);
});

test('the records are rows tl.evaluate takes as they are; lead-3 scores above zero and below a copy of the reference', async () => {
  const rows = datasets.goldSummaries({ split: 'test' });
  const report = await evaluate(summarizer({ method: 'lead', sentences: 3 }), rows);
  assert.equal(report.examples.length, 15);
  for (const t of ['rouge1', 'rouge2', 'rougeL', 'rougeLsum']) assert.ok(report.scores[t].fmeasure > 0 && report.scores[t].fmeasure < 1, t);
});
