// tl.save(model, dir, { format: 'huggingface' }): a folder that transformers'
// AutoModelFor...from_pretrained(dir) loads with no missing or unexpected keys.
import * as path from 'path';
import type { tf } from '../../tf';
import type { TextModel } from '../types';
import { replaceDirectory, writeDurable } from '../../io/atomic-dir';
import { CLASS_PREFIX, parseConfig, type HeadKind } from './config';
import { encoderWeightNames } from './encoder';
import { HfEmbeddings } from './layers/embeddings';
import { HfSentencePooling } from './layers/mean-pooling';
import { BASE_PREFIX, outputNames } from './names';
import { outputDense } from './load';
import { SAFETENSORS_FILE, serializeSafetensors, type TensorMap } from './safetensors';
import { HF_TOKENIZER_KIND, HuggingFaceTokenizer } from './tokenizer';
import { collectWeights, denseWeights } from './weights';

const ARCH_SUFFIX: Partial<Record<HeadKind, string>> = {
  'sequence-classification': 'ForSequenceClassification',
  'token-classification': 'ForTokenClassification',
  'question-answering': 'ForQuestionAnswering',
};

function labelMaps(labels: string[]): { id2label: Record<string, string>; label2id: Record<string, number> } {
  return {
    id2label: Object.fromEntries(labels.map((label, i) => [String(i), label])),
    label2id: Object.fromEntries(labels.map((label, i) => [label, i])),
  };
}

function fail(problem: string): never {
  throw new TypeError(`tl.save(model, dir, { format: 'huggingface' }): ${problem}`);
}

/** config.json, model.safetensors and the tokenizer files of `model`, by file name. */
export function huggingfaceFiles(model: TextModel): Record<string, Uint8Array> {
  const encoder = model.model.getLayer('encoder') as tf.LayersModel;
  const embeddings = encoder.layers.find((l) => l instanceof HfEmbeddings) as HfEmbeddings | undefined;
  const raw = embeddings?.huggingfaceConfig;
  if (!raw) fail(`the model's encoder is not a Hugging Face one (built from a checkpoint loaded with tl.loadPretrained), so it has no Hugging Face form; save it with tl.save(model, dir).`);
  if (model.tokenizer.kind !== HF_TOKENIZER_KIND) fail(`its tokenizer is '${model.tokenizer.kind}', not a Hugging Face tokenizer.json.`);
  // A question-answering model is a token classifier over ['start', 'end'] that remembers its HF head.
  const head = (model.config.huggingfaceHead ?? model.config.task) as HeadKind;
  const suffix = ARCH_SUFFIX[head] ?? fail(`task '${model.config.task}' has no Hugging Face head class here.`);
  const headModel = model.model.getLayer('head') as tf.LayersModel;
  const extra = headModel.layers.filter((l) => !['InputLayer', 'Dropout'].includes(l.getClassName()) && l.name !== 'head_output');
  if (extra.length > 0) fail(`its head has layers (${extra.map((l) => l.name).join(', ')}) the Hugging Face ${suffix} head does not; build the classifier without { hidden }.`);

  if (head === 'sequence-classification' && encoder.layers.some((l) => l instanceof HfSentencePooling)) {
    fail(`a classifier on sentence-transformers' pooled embeddings has no ${suffix} form (that head reads the first token); save it with tl.save(model, dir).`);
  }
  const arch = parseConfig(raw, 'config.json');
  const prefix = BASE_PREFIX[arch.modelType];
  const tensors: TensorMap = new Map();
  for (const { layer, names } of encoderWeightNames(encoder, arch, head, prefix)) {
    if (!names) fail(`internal: no Hugging Face names for a layer of the encoder.`);
    collectWeights(layer.namedWeights(), names, tensors);
  }
  collectWeights(denseWeights(outputDense(model.model)), outputNames(arch.modelType, head), tensors);

  const labels = head === 'question-answering' ? {} : labelMaps(model.labels);
  const { num_labels: _numLabels, id2label: _id2label, label2id: _label2id, ...rest } = raw;
  const config = { ...rest, architectures: [`${CLASS_PREFIX[arch.modelType]}${suffix}`], ...labels };
  const text = new TextEncoder();
  const files: Record<string, Uint8Array> = {
    'config.json': text.encode(JSON.stringify(config, null, 2)),
    [SAFETENSORS_FILE]: serializeSafetensors(tensors),
  };
  const tokenizer = HuggingFaceTokenizer.fromJSON(model.tokenizer.toJSON());
  for (const [name, content] of Object.entries(tokenizer.files())) files[name] = text.encode(content);
  return files;
}

/** Writes `model` as a Hugging Face checkpoint folder, replacing `dir` atomically. */
export async function saveHuggingFace(model: TextModel, dir: string): Promise<{ dir: string; files: Record<string, number> }> {
  const files = huggingfaceFiles(model);
  const target = path.resolve(dir);
  await replaceDirectory(target, async (temp) => {
    for (const [name, data] of Object.entries(files)) await writeDurable(path.join(temp, name), data);
  });
  return { dir: target, files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.length])) };
}
