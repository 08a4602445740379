// Bad checkpoints: an unsupported model_type lists every supported one (encoders and
// encoder-decoders); a wrong tensor shape names the tensor; a missing tensor is named.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'fs';
import * as path from 'path';
import { tf } from '../../src/tf';
import { loadSeq2Seq } from '../../src/models/seq2seq';
import { loadHuggingFace, parseSafetensors, serializeSafetensors } from '../../src/models/huggingface';
import { makeSeq2SeqCheckpoint, PythonReference, SEQ2SEQ_REFERENCE } from './fixtures';

let ref: PythonReference;
before(async () => {
  await tf.setBackend('cpu');
  ref = new PythonReference({ script: SEQ2SEQ_REFERENCE });
});
after(() => ref.close());

async function rewrite(dir: string, edit: (tensors: ReturnType<typeof parseSafetensors>) => void): Promise<void> {
  const file = path.join(dir, 'model.safetensors');
  const tensors = parseSafetensors(await fs.readFile(file), file);
  edit(tensors);
  await fs.writeFile(file, serializeSafetensors(tensors));
}

test('unsupported model_type: the error lists encoder and encoder-decoder types', async () => {
  const dir = await makeSeq2SeqCheckpoint(ref, 't5');
  const config = JSON.parse(await fs.readFile(path.join(dir, 'config.json'), 'utf8'));
  await fs.writeFile(path.join(dir, 'config.json'), JSON.stringify({ ...config, model_type: 'pegasus' }));
  await assert.rejects(loadSeq2Seq(dir), /model_type 'pegasus' is not supported[\s\S]*encoders bert, distilbert, roberta, xlm-roberta, electra; encoder-decoders t5, mt5, bart/);
  await assert.rejects(loadHuggingFace(dir), /encoder-decoders t5, mt5, bart/);
});

test('a tensor of the wrong shape is named; so is a missing one', async () => {
  const dir = await makeSeq2SeqCheckpoint(ref, 'bart');
  const name = 'model.encoder.layers.1.fc1.weight';
  await rewrite(dir, (t) => t.set(name, { shape: [5, 16], data: new Float32Array(80) }));
  await assert.rejects(loadSeq2Seq(dir), (e: Error) => e.message.includes(`tensor '${name}' is float [5, 16]; the config needs float [24, 16]`));
  const other = await makeSeq2SeqCheckpoint(ref, 'bart');
  await rewrite(other, (t) => t.delete('model.decoder.layers.0.encoder_attn.k_proj.bias'));
  await assert.rejects(loadSeq2Seq(other), /lacks model\.decoder\.layers\.0\.encoder_attn\.k_proj\.bias/);
});

test('the encoder family hands T5 / BART folders to the seq2seq loader', async () => {
  const dir = await makeSeq2SeqCheckpoint(ref, 't5-gated');
  const model = await loadHuggingFace(dir);
  assert.equal((model as { config: { task: string } }).config.task, 'summarization');
  (model as { dispose(): void }).dispose();
});
