import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { distill } from '../../src/compress';
import { fixtureTextModel } from '../deploy/fixtures/text-model';

const TEXTS = ['the movie was good', 'awful and dull', 'a great fun movie', 'bad bad dull', 'great good fun', 'the dull awful movie', 'was a good movie', 'bad'];

async function agreement(a: ReturnType<typeof fixtureTextModel>, b: ReturnType<typeof fixtureTextModel>): Promise<number> {
  const [pa, pb] = [await a.predict(TEXTS), await b.predict(TEXTS)];
  return pa.reduce((sum, p, i) => sum + Math.abs(p.scores[0] - pb[i].scores[0]), 0) / TEXTS.length;
}

test('distill moves an unlabelled student toward the teacher, with falling loss and no tensor leak', async () => {
  const teacher = fixtureTextModel({ seed: 7 });
  const student = fixtureTextModel({ seed: 8 });
  const gapBefore = await agreement(teacher, student);
  const before = tf.memory().numTensors;
  const history = await distill(teacher, student, TEXTS, { temperature: 2, epochs: 30, batchSize: 4, lr: 0.02, seed: 1, silent: true });
  assert.equal(tf.memory().numTensors, before, 'no tensors left behind');
  assert.equal(history.epochs.length, 30);
  assert.equal(history.alpha, 1);
  assert.ok(history.epochs[29].loss < history.epochs[0].loss / 2, `loss ${history.epochs[0].loss} -> ${history.epochs[29].loss}`);
  const gapAfter = await agreement(teacher, student);
  assert.ok(gapAfter < gapBefore / 2, `mean |p_teacher - p_student| ${gapBefore} -> ${gapAfter}`);
});

test('gold labels mix in cross-entropy; the same seed gives the same student', async () => {
  const labels = TEXTS.map((t) => (/good|great|fun/.test(t) ? 'pos' : 'neg'));
  const run = async () => {
    const student = fixtureTextModel({ seed: 8 });
    const h = await distill(fixtureTextModel({ seed: 7 }), student, TEXTS, { labels, alpha: 0.3, epochs: 2, batchSize: 3, seed: 5, silent: true });
    return { h, scores: (await student.predict(TEXTS)).map((p) => p.scores) };
  };
  const [a, b] = [await run(), await run()];
  assert.equal(a.h.alpha, 0.3);
  assert.deepEqual(a.scores, b.scores);
});

test('a student with other labels, bad labels or bad options is a clear error naming the argument', async () => {
  const teacher = fixtureTextModel({ seed: 1 });
  await assert.rejects(distill(teacher, fixtureTextModel({ labels: ['pos', 'neg'] }), TEXTS), /student's labels \[pos, neg\] differ from the teacher's \[neg, pos\]/);
  await assert.rejects(distill(teacher, fixtureTextModel({ labels: ['a', 'b', 'c'] }), TEXTS), /student's labels/);
  await assert.rejects(distill(teacher, fixtureTextModel(), TEXTS, { labels: ['pos'] }), /options\.labels has 1 labels for 8 texts/);
  await assert.rejects(distill(teacher, fixtureTextModel(), TEXTS, { labels: TEXTS.map(() => 'maybe') }), /options\.labels\[0\] is 'maybe'/);
  await assert.rejects(distill(teacher, fixtureTextModel(), TEXTS, { alpha: 0.5 }), /options\.labels is missing/);
  await assert.rejects(distill(teacher, fixtureTextModel(), TEXTS, { temperature: 0 }), /options\.temperature/);
  await assert.rejects(distill(teacher, fixtureTextModel(), []), /texts must be a non-empty array/);
});

test('an aborted signal stops before the first batch', async () => {
  const controller = new AbortController();
  controller.abort();
  const h = await distill(fixtureTextModel({ seed: 1 }), fixtureTextModel({ seed: 2 }), TEXTS, { signal: controller.signal, silent: true });
  assert.equal(h.stopped, 'aborted');
});
