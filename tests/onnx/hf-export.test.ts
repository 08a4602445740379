// Hugging Face encoders exported to ONNX: every family with a sequence and a token head,
// sentence-transformers pooling, and text pairs' token types, within 1e-4 of the tfjs path
// on padded batches of tiny random checkpoints; the ONNX checker passes on each file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { tf } from '../../src/tf';
import { classifier } from '../../src/models/heads';
import { loadHuggingFace, type HuggingFaceBase } from '../../src/models/huggingface';
import { padIds } from '../../src/models/batching';
import type { TextModel } from '../../src/models/types';
import { OnnxTextModel, toOnnx } from '../../src/onnx';
import { buildFeeds } from '../../src/onnx/runtime/feeds';
import { makeCheckpoint, PythonReference, type Family } from '../huggingface/fixtures';
import { checkExport, reviews, TOLERANCE } from './helpers';

const FAMILIES: Family[] = ['bert', 'distilbert', 'roberta', 'xlm-roberta', 'electra'];
// Short texts in the tiny WordPiece vocabulary, and IMDB reviews (truncated to maxLength): padded batches of mixed lengths.
const TEXTS = ['the film was good', 'not a fun plot !', 'i liked it', 'very boring story and a bad end .', 'great', ...reviews(5)];

function inputsOf(family: Family): string[] {
  if (family === 'distilbert' || family === 'roberta' || family === 'xlm-roberta') return ['input_ids', 'attention_mask'];
  return ['input_ids', 'attention_mask', 'token_type_ids'];
}

let ref: PythonReference;
before(async () => {
  await tf.setBackend('cpu');
  ref = new PythonReference();
});
after(() => ref.close());

for (const family of FAMILIES) {
  test(`${family}: sequence and token classification checkpoints export to ONNX matching tfjs within 1e-4`, async () => {
    for (const head of ['sequence-classification', 'token-classification'] as const) {
      const dir = await makeCheckpoint(ref, family, head, { seed: 11 });
      try {
        const model = (await loadHuggingFace(dir)) as TextModel;
        assert.equal(model.config.task, head);
        await checkExport(`${family} ${head}`, model, TEXTS, inputsOf(family));
        model.model.dispose();
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    }
  });
}

test('gelu_new (tanh GELU) and a classifier with a hidden layer on a bare encoder export too', async () => {
  const dir = await makeCheckpoint(ref, 'bert', 'base', { seed: 12, config: { hidden_act: 'gelu_new' } });
  try {
    const base = (await loadHuggingFace(dir)) as HuggingFaceBase;
    const model = classifier(base, { labels: ['a', 'b', 'c'], hidden: 8, seed: 3 });
    await checkExport('bert gelu_new + hidden', model, TEXTS, inputsOf('bert'));
    model.model.dispose();
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

for (const [family, mode, normalize] of [['bert', 'mean', true], ['distilbert', 'cls', false]] as const) {
  test(`sentence-transformers ${family} ${mode} pooling${normalize ? ' + normalize' : ''} under a classifier exports to ONNX`, async () => {
    const dir = await makeCheckpoint(ref, family, 'base', { seed: 13 });
    try {
      const modules = [
        { idx: 0, name: '0', path: '', type: 'sentence_transformers.models.Transformer' },
        { idx: 1, name: '1', path: '1_Pooling', type: 'sentence_transformers.models.Pooling' },
        ...(normalize ? [{ idx: 2, name: '2', path: '2_Normalize', type: 'sentence_transformers.models.Normalize' }] : []),
      ];
      await fs.writeFile(path.join(dir, 'modules.json'), JSON.stringify(modules));
      await fs.mkdir(path.join(dir, '1_Pooling'));
      await fs.writeFile(path.join(dir, '1_Pooling', 'config.json'), JSON.stringify({ pooling_mode_cls_token: mode === 'cls', pooling_mode_mean_tokens: mode === 'mean' }));
      const model = classifier((await loadHuggingFace(dir)) as HuggingFaceBase, { labels: ['neg', 'pos'], seed: 4 });
      await checkExport(`${family} sentence pooling`, model, TEXTS, inputsOf(family));
      model.model.dispose();
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
}

test('text pairs: token_type_ids after the first [SEP] give the tfjs segments in the ONNX graph', async () => {
  const dir = await makeCheckpoint(ref, 'bert', 'sequence-classification', { seed: 14 });
  try {
    const model = (await loadHuggingFace(dir)) as TextModel;
    const onnx = new OnnxTextModel(toOnnx(model), model.tokenizer, model.config, 'pair.onnx');
    // [CLS] a [SEP] b [SEP], padded; the segment 1 embeddings change the result.
    const rows = [
      [2, 5, 6, 7, 8, 3, 10, 11, 3],
      [2, 20, 21, 3, 25, 3],
      [2, 9, 3],
    ];
    const expected = tf.tidy(() => (model.model.predict(padIds(rows, model.tokenizer.padId)) as tf.Tensor).arraySync()) as number[][];
    const { data } = onnx.runIds(rows);
    const diff = Math.max(...expected.flatMap((row, r) => row.map((v, k) => Math.abs(v - data[r * row.length + k]))));
    assert.ok(diff <= TOLERANCE, `pairs: ONNX vs tfjs differ by ${diff}`);
    // Fed all-0 segments instead, the graph answers differently: the input is used.
    const zeros = buildFeeds(rows, 9, { inputs: onnx.session.inputNames, padId: 0 });
    const { data: unsegmented } = onnx.session.run(zeros, 'probabilities');
    assert.ok(Math.abs(unsegmented[0] - data[0]) > 1e-6, 'segment 1 embeddings change the first pair');
    onnx.dispose();
    model.model.dispose();
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
