// tl.save / tl.load round-trip a question answerer: the same task, decoding settings and answers.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { tf } from '../../src/tf';
import { load, save } from '../../src/deploy';
import { isQuestionAnsweringModel, questionAnswerer, type QuestionAnsweringModel } from '../../src/models/qa';
import { tempDir } from '../deploy/fixtures/temp-dir';
import { records, tinyBase } from './helpers';

before(async () => {
  await tf.setBackend('cpu');
});

test('a saved question answerer loads as one and answers the same', async () => {
  const qa = questionAnswerer(tinyBase(), { maxLength: 12, stride: 4, maxAnswerLength: 5, noAnswerThreshold: 0.25, seed: 2 });
  const dir = path.join(tempDir('transferlab-qa-'), 'qa');
  await save(qa, dir, { card: { dataset: 'synthetic' } });
  const loaded = (await load(dir)) as unknown as QuestionAnsweringModel;
  assert.ok(isQuestionAnsweringModel(loaded));
  assert.deepEqual(
    [loaded.config.task, loaded.config.maxLength, loaded.config.stride, loaded.config.maxAnswerLength, loaded.config.noAnswerThreshold, loaded.config.base],
    ['question-answering', 12, 4, 5, 0.25, 'tiny-conv'],
  );
  const inputs = records(6, 3, 16).map(({ question, context }) => ({ question, context }));
  assert.deepEqual(await loaded.predict(inputs), await qa.predict(inputs));
  assert.deepEqual(await loaded.predict(inputs, { topK: 2, noAnswerThreshold: 1 }), await qa.predict(inputs, { topK: 2, noAnswerThreshold: 1 }));
  qa.model.dispose();
  loaded.model.dispose();
});
