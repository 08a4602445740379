// Extractive summarizers on the real USE-lite: lead-k, embedding centrality, MMR against redundancy,
// offsets that point at the chosen sentences, no tensor growth, tl.evaluate's ROUGE, and the graph
// helpers on small hand-made graphs.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { loadPretrained } from '../../src/models';
import { evaluate } from '../../src/evaluate';
import { metrics } from '../../src/metrics';
import { highlightSummary, mmrSelect, pageRank, summarizer, splitSentences } from '../../src/summarize';

const loadUseLite = () => loadPretrained('use-lite');
let base: Awaited<ReturnType<typeof loadUseLite>>;
before(async () => {
  await tf.setBackend('cpu');
  base = await loadUseLite();
});

const DOC = [
  'The economy grew strongly last year and unemployment fell to a record low.',
  'My neighbour painted his fence bright purple on Sunday.',
  'Jobs were created in every state as the economy expanded.',
  'Wages rose faster than prices, so workers saw real gains from the growing economy.',
  'The economy grew strongly last year and unemployment fell to a record low.',
  'Economic growth also lifted tax revenue and cut the deficit.',
].join(' ');

function check(text: string, p: { summary: string; sentences?: { start: number; end: number }[] }): string[] {
  assert.ok(p.sentences);
  const picked = p.sentences.map((s) => text.slice(s.start, s.end));
  assert.equal(p.summary, picked.join('\n'));
  const starts = p.sentences.map((s) => s.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'sentences come in document order');
  const all = splitSentences(text).map((s) => s.text);
  for (const s of picked) assert.ok(all.includes(s), `${s} is one of the document's sentences`);
  return picked;
}

test('lead-k takes the first k sentences with their offsets; a short text comes back whole', async () => {
  const lead = summarizer({ method: 'lead', sentences: 2 });
  const [p, short, empty] = await lead.predict([DOC, 'Only one sentence here.', '']);
  assert.deepEqual(check(DOC, p), splitSentences(DOC).slice(0, 2).map((s) => s.text));
  assert.deepEqual(short, { summary: 'Only one sentence here.', sentences: [{ start: 0, end: 23 }] });
  assert.deepEqual(empty, { summary: '', sentences: [] });
  assert.equal(lead.config.encoder, null);
});

test('centrality leaves out the off-topic sentence; plain top-k keeps both copies of the repeated one, MMR only one', async () => {
  const central = summarizer(base, { method: 'centrality', sentences: 3 });
  const plain = check(DOC, (await central.predict([DOC]))[0]);
  assert.ok(!plain.some((s) => s.includes('purple')), `picked: ${plain.join(' | ')}`);
  const repeated = 'The economy grew strongly last year and unemployment fell to a record low.';
  assert.equal(plain.filter((s) => s === repeated).length, 2, `picked: ${plain.join(' | ')}`);
  const mmr = summarizer(base, { sentences: 3, mmr: 0.5 });
  const diverse = check(DOC, (await mmr.predict([DOC]))[0]);
  assert.equal(diverse.filter((s) => s === repeated).length, 1, `picked: ${diverse.join(' | ')}`);
  assert.ok(!diverse.some((s) => s.includes('purple')), `picked: ${diverse.join(' | ')}`);
});

test('summarizing a batch leaks no tensors and gives what one-at-a-time gives', async () => {
  const central = summarizer(base, { sentences: 2, mmr: 0.7, batchSize: 4 });
  const docs = [DOC, 'Short one. Two sentences.', DOC.split(' ').reverse().join(' ') + '.'];
  await central.predict([DOC]); // builds USE-lite's inference weights once
  const before = tf.memory().numTensors;
  const together = await central.predict(docs);
  assert.equal(tf.memory().numTensors, before);
  for (let i = 0; i < docs.length; i++) assert.deepEqual(together[i], (await central.predict([docs[i]]))[0]);
});

test('tl.evaluate(summarizer, rows): ROUGE of its summaries, the same as tl.metrics.rouge on them', async () => {
  const lead = summarizer({ method: 'lead', sentences: 1 });
  const rows = [
    { text: 'Cats sleep a lot. Dogs bark.', summary: 'Cats sleep a lot.' },
    { text: 'The vote passed narrowly. Members cheered.', summary: 'Members cheered the narrow vote.' },
  ];
  const report = await evaluate(lead, rows);
  assert.equal(report.examples.length, 2);
  assert.deepEqual(report.examples[0].scores.rouge1, { precision: 1, recall: 1, fmeasure: 1 });
  const expected = metrics.rouge(['Cats sleep a lot.', 'The vote passed narrowly.'], rows.map((r) => r.summary), { stemmer: true });
  assert.deepEqual(report.scores, expected);
  assert.match(report.toString(), /rouge1\s+100\.00\s+100\.00\s+100\.00|rougeLsum/);
  assert.equal(report.figures().examples, 2);
  await assert.rejects(evaluate(lead, [{ text: 'a', reference: 'b' }]), /row 0 has no string 'summary'.*summaryColumn/);
  await assert.rejects(evaluate(lead, rows, { stemer: true } as never), /options\.stemer is not an option\. Did you mean 'stemmer'\?/);
});

test('highlightSummary marks the chosen sentences in the escaped document', async () => {
  const text = 'Alpha <b>one</b>. Beta two. Gamma three.';
  const [p] = await summarizer({ method: 'lead', sentences: 1 }).predict([text]);
  const h = highlightSummary(text, p, { title: 'Doc & title' });
  assert.match(h.html, /<mark[^>]*>Alpha &lt;b&gt;one&lt;\/b&gt;\.<\/mark> Beta two\. Gamma three\./);
  assert.match(h.html, /Doc &amp; title/);
  assert.throws(() => highlightSummary('short', p), /outside the text/);
});

test('bad options name the argument and what is accepted', () => {
  assert.throws(() => summarizer({ method: 'textrank' as never }), /options\.method must be one of 'lead', 'centrality'/);
  assert.throws(() => summarizer({ sentences: 0 }), /options\.sentences must be a positive integer/);
  assert.throws(() => summarizer(base, { mmr: 1.5 }), /options\.mmr must be a number in \[0, 1\]/);
  assert.throws(() => summarizer({ method: 'lead', mmr: 0.5 }), /mmr applies to method 'centrality' only/);
  assert.throws(() => summarizer({ sentence: 3 } as never), /options\.sentence is not an option\. Did you mean 'sentences'\?/);
});

test('pageRank: the hub of a star ranks first, scores sum to 1, negatives and self-loops are dropped', () => {
  // 0 is similar to 1, 2, 3; they are unrelated to each other (negative similarity counts as no edge).
  const sim = [
    [1, 0.9, 0.9, 0.9],
    [0.9, 1, -0.5, 0],
    [0.9, -0.5, 1, 0],
    [0.9, 0, 0, 1],
  ];
  const r = pageRank(sim);
  assert.ok(Math.abs(r.reduce((a, b) => a + b, 0) - 1) < 1e-9);
  assert.ok(r[0] > r[1] && r[0] > r[2] && r[0] > r[3]);
  assert.ok(Math.abs(r[1] - r[2]) < 1e-9 && Math.abs(r[2] - r[3]) < 1e-9);
  // Without edges every node keeps 1/n.
  assert.deepEqual(pageRank([[1, 0], [0, 1]]), [0.5, 0.5]);
});

test('mmrSelect: lambda 1 is top-k; a lower lambda skips a near-copy of a chosen sentence', () => {
  const relevance = [0.9, 0.85, 0.5];
  const sim = [
    [1, 0.99, 0.1],
    [0.99, 1, 0.1],
    [0.1, 0.1, 1],
  ];
  assert.deepEqual(mmrSelect(relevance, sim, 2, 1), [0, 1]);
  assert.deepEqual(mmrSelect(relevance, sim, 2, 0.5), [0, 2]);
  assert.deepEqual(mmrSelect(relevance, sim, 5, 0.5), [0, 2, 1]);
});
