// A Hugging Face ...ForQuestionAnswering checkpoint loads as a ready question answerer: its
// answers are the spans PyTorch's logits decode to (same pair encoding and token type ids as
// the fast tokenizer's encodePair, same windows), also over several windows and after save-back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { loadHuggingFace, saveHuggingFace, type HuggingFaceTokenizer } from '../../src/models/huggingface';
import { qaFeatures } from '../../src/data/qa-features';
import { decodeAnswers, isQuestionAnsweringModel, type QuestionAnsweringModel, type WindowLogits } from '../../src/models/qa';
import type { AnswerPrediction } from '../../src/models/types';
import { makeCheckpoint, PythonReference, tempDir, type Family } from './fixtures';

let ref: PythonReference;
before(async () => {
  await tf.setBackend('cpu');
  ref = new PythonReference();
});
after(() => ref.close());

const pairs = [
  { question: 'the film', context: 'the film was good . i liked it' },
  { question: 'who liked it', context: 'i liked the story , not the actor . a very boring end' },
  // Long enough for several windows of the tiny checkpoints' 24 positions.
  { question: 'plot', context: 'the plot was fun and the story was great , the actor was bad and the end was boring . i liked it , a very good movie and a great film !' },
];

async function expected(dir: string, model: QuestionAnsweringModel, typeIds: boolean): Promise<AnswerPrediction[]> {
  const tokenizer = model.tokenizer as HuggingFaceTokenizer;
  const { maxLength, stride } = model.config;
  const features = qaFeatures(tokenizer, pairs, { maxLength, stride, maxQuestionLength: Math.floor(maxLength / 3) });
  const windows: WindowLogits[][] = pairs.map(() => []);
  for (const f of features) {
    const pair = tokenizer.encodePair(pairs[f.example].question, pairs[f.example].context);
    // Segment 1 from the context on (BERT); the model derives it from the [SEP] itself.
    const types = f.ids.map((_, k) => (typeIds && k >= f.contextStart ? 1 : 0));
    // A window of one pair is exactly what the fast tokenizer gives (ids and segment ids).
    if (features.filter((g) => g.example === f.example).length === 1) assert.deepEqual([f.ids, types], [pair.ids, typeIds ? pair.typeIds : types]);
    const out = await ref.request<{ logits: number[][][] }>({ op: 'run', dir, ids: [f.ids], ...(typeIds ? { typeIds: [types] } : {}) });
    windows[f.example].push({ start: out.logits[0].map((t) => t[0]), end: out.logits[0].map((t) => t[1]), offsets: f.offsets });
  }
  assert.ok(windows[2].length > 1, 'the long context spans several windows');
  return pairs.map((p, i) => decodeAnswers(windows[i], p.context, { maxAnswerLength: model.config.maxAnswerLength })[0]);
}

function same(actual: AnswerPrediction[], wanted: AnswerPrediction[]): void {
  actual.forEach((a, i) => {
    assert.deepEqual([a.answer, a.start, a.end], [wanted[i].answer, wanted[i].start, wanted[i].end], `pair ${i}`);
    assert.equal(pairs[i].context.slice(a.start, a.end), a.answer);
    assert.ok(Math.abs(a.score - wanted[i].score) < 1e-4, `pair ${i}: score ${a.score} vs ${wanted[i].score}`);
  });
}

for (const [family, typeIds] of [['bert', true], ['distilbert', false], ['roberta', false]] as Array<[Family, boolean]>) {
  test(`${family}: a ForQuestionAnswering checkpoint answers as PyTorch's logits decode, before and after save-back`, async () => {
    const dir = await makeCheckpoint(ref, family, 'question-answering', { seed: 5 });
    const model = (await loadHuggingFace(dir)) as unknown as QuestionAnsweringModel;
    assert.ok(isQuestionAnsweringModel(model));
    assert.equal(model.config.task, 'question-answering');
    const wanted = await expected(dir, model, typeIds);
    same(await model.predict(pairs), wanted);
    const saved = await tempDir(`qa-saved-${family}`);
    await saveHuggingFace(model as never, saved);
    const again = (await loadHuggingFace(saved)) as unknown as QuestionAnsweringModel;
    assert.ok(isQuestionAnsweringModel(again));
    same(await again.predict(pairs), await expected(saved, again, typeIds));
    model.model.dispose();
    again.model.dispose();
  });
}
