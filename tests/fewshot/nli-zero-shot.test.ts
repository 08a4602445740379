// tl.zeroShot with an NLI cross-encoder (a tiny random BERT ...ForSequenceClassification
// over contradiction/neutral/entailment, written by the PyTorch reference): scores checked
// against a hand computation from the model's own logits of each (text, hypothesis) pair,
// then evaluate, save/load and serve.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'path';
import { tf } from '../../src/tf';
import { evaluate } from '../../src/evaluate';
import { load, save, serve } from '../../src/deploy';
import { zeroShot } from '../../src/fewshot';
import { headLogits, loadHuggingFace, type HuggingFaceTokenizer } from '../../src/models/huggingface';
import { padIds } from '../../src/models/batching';
import type { TextModel } from '../../src/models/types';
import { makeCheckpoint, PythonReference, tempDir } from '../huggingface/fixtures';

let ref: PythonReference;
let nli: TextModel;
before(async () => {
  await tf.setBackend('cpu');
  ref = new PythonReference();
  const id2label = { 0: 'CONTRADICTION', 1: 'neutral', 2: 'ENTAILMENT' };
  nli = (await loadHuggingFace(await makeCheckpoint(ref, 'bert', 'sequence-classification', { seed: 11, config: { id2label } }))) as TextModel;
});
after(() => ref.close());

const TEXTS = ['the film was good', 'boring plot and bad actor', 'i liked the story very much', 'not a movie'];
const LABELS = [{ name: 'pos', description: 'good' }, { name: 'neg', description: 'bad' }, { name: 'meh', description: 'not fun' }];

/** The NLI model's logits for one (premise, hypothesis) pair, run alone (no batching, no padding). */
function pairLogits(premise: string, hypothesis: string): number[] {
  const { ids } = (nli.tokenizer as HuggingFaceTokenizer).encodePair(premise, hypothesis);
  const logits = headLogits(nli.model, padIds([ids], nli.tokenizer.padId));
  const row = (logits.arraySync() as number[][])[0];
  logits.dispose();
  return row;
}

const softmax = (xs: number[]) => {
  const e = xs.map((x) => Math.exp(x - Math.max(...xs)));
  return e.map((v) => v / e.reduce((a, b) => a + b, 0));
};

function close(actual: number[], expected: number[], what: string): void {
  actual.forEach((a, k) => assert.ok(Math.abs(a - expected[k]) < 1e-5, `${what}[${k}]: ${a} vs ${expected[k]}`));
}

test('single label: softmax over the labels of the entailment logits of (text, "This example is {description}.")', async () => {
  const model = zeroShot(nli, { labels: LABELS });
  assert.deepEqual(model.labels, ['pos', 'neg', 'meh']);
  const tensors = tf.memory().numTensors;
  const predictions = await model.predict(TEXTS, { batchSize: 5 });
  assert.equal(tf.memory().numTensors, tensors, 'no tensors left behind');
  TEXTS.forEach((text, i) => {
    const entail = LABELS.map((l) => pairLogits(text, `This example is ${l.description}.`)[2]);
    close(predictions[i].scores, softmax(entail), `text ${i}`);
    assert.equal(predictions[i].label, model.labels[predictions[i].scores.indexOf(Math.max(...predictions[i].scores))]);
  });
});

test('multiLabel: each label on its own, entailment against contradiction; a custom template', async () => {
  const model = zeroShot(nli, { labels: LABELS, template: 'The review is {}.', multiLabel: true });
  const predictions = await model.predict(TEXTS);
  TEXTS.forEach((text, i) => {
    const expected = LABELS.map((l) => {
      const logits = pairLogits(text, `The review is ${l.description}.`);
      return softmax([logits[0], logits[2]])[1];
    });
    close(predictions[i].scores, expected, `text ${i}`);
  });
});

test('an NLI zero-shot model evaluates, saves, loads with the same scores and serves', async () => {
  const model = zeroShot(nli, { labels: LABELS });
  const report = await evaluate(model, { texts: TEXTS, labels: ['pos', 'neg', 'pos', 'meh'] });
  assert.equal(report.predictions.length, TEXTS.length);
  const predicted = (await model.predict(TEXTS)).map((p) => p.label);
  const right = predicted.filter((l, i) => l === ['pos', 'neg', 'pos', 'meh'][i]).length;
  assert.equal(report.accuracy, right / TEXTS.length);

  const dir = path.join(await tempDir('nli-zero-shot'), 'model');
  await save(model, dir);
  const loaded = await load(dir);
  assert.equal(loaded.config.task, 'sequence-classification');
  assert.deepEqual(loaded.labels, ['pos', 'neg', 'meh']);
  const [a, b] = [await model.predict(TEXTS), await loaded.predict(TEXTS)];
  a.forEach((p, i) => close(b[i].scores, p.scores, `loaded text ${i}`));

  const server = await serve(dir, { port: 0 });
  try {
    const res = await fetch(server.url + '/predict', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ texts: TEXTS }) });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { predictions: Array<{ label: string; scores: number[] }> };
    assert.deepEqual(body.predictions.map((p) => p.label), a.map((p) => p.label));
  } finally {
    await server.close();
  }
  loaded.model.dispose();
});

test('bad NLI options are clear errors naming the argument', () => {
  assert.throws(() => zeroShot(nli, { labels: ['pos'] }), /options\.labels must list at least two labels/);
  assert.throws(() => zeroShot(nli, { labels: LABELS, templates: ['{}', 'This is {}.'] }), /NLI scoring takes one hypothesis template/);
  assert.throws(() => zeroShot(nli, { labels: LABELS, template: 'no slot' }), /options\.template 'no slot' has no '\{\}'/);
  assert.throws(() => zeroShot(nli, { labels: LABELS, temperature: 0.1 }), /options\.temperature applies to embedding similarity/);
});
