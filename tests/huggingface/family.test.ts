// The family descriptor: which references it takes, and 'hf:' through a resolver hook.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'fs';
import * as path from 'path';
import { tf } from '../../src/tf';
import { createHuggingfaceFamily, huggingfaceFamily, HuggingFaceBase } from '../../src/models/huggingface';
import { makeCheckpoint, PythonReference, tempDir } from './fixtures';

let ref: PythonReference;
before(async () => {
  await tf.setBackend('cpu');
  ref = new PythonReference();
});
after(() => ref.close());

test('handles checkpoint folders of its model types; hf: only with a resolver', async () => {
  const dir = await makeCheckpoint(ref, 'electra', 'base');
  assert.equal(huggingfaceFamily.handles(dir), true);
  assert.equal(huggingfaceFamily.handles(`file://${dir}`), true);
  const other = await tempDir('gpt2');
  await fs.writeFile(path.join(other, 'config.json'), JSON.stringify({ model_type: 'gpt2' }));
  assert.equal(huggingfaceFamily.handles(other), false);
  assert.equal(huggingfaceFamily.handles('use-lite'), false);
  assert.equal(createHuggingfaceFamily().handles('hf:google/electra-small-discriminator'), false);

  const asked: string[] = [];
  const family = createHuggingfaceFamily({ resolve: async (r) => (asked.push(r), dir) });
  assert.equal(family.handles('hf:google/electra-small-discriminator@main'), true);
  const base = await family.load('hf:google/electra-small-discriminator@main', {});
  assert.ok(base instanceof HuggingFaceBase);
  assert.deepEqual(asked, ['hf:google/electra-small-discriminator@main']);
  assert.equal((base as HuggingFaceBase).name, 'hf:google/electra-small-discriminator@main');
});
