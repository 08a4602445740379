// tl.save(model, dir): a self-contained, verifiable directory, replaced atomically.
import { tf } from '../tf';
import type { TextModel } from '../models/types';
import type { QuestionAnsweringModel } from '../models/qa/types';
import { layersModelToFiles, MODEL_FILE, WEIGHTS_FILE } from './layers-files';
import { writeSavedDirectory } from './saved-dir';
import { buildModelCard, CARD_FILE, renderModelCard, type ModelCardOptions } from './model-card';
import { INFO_FILE, TOKENIZER_FILE, type SavedModelInfo } from './saved-model';
import { checkTruncation } from '../models/heads/truncation';
import { saveHuggingFace } from '../models/huggingface/save';
import { isSeq2SeqModel, type Seq2SeqModel } from '../models/seq2seq/model';
import { saveSeq2SeqAs } from '../models/seq2seq/save';
import { checkOptions } from '../options';
import { SAVE_SPEC, type SaveFormat } from './option-specs';
import { quantizeWeights, SCALES_FILE, type QuantizeMode } from '../compress/quantize';
import { quantizationCard } from './quantized-weights';
import { ONNX_FILE, toOnnx } from '../onnx';
import { ExtractiveSummarizer } from '../summarize/summarizer';
import { saveSummarizer } from './summarizer-files';

export interface SaveOptions {
  /** Model card fields: name, description, dataset, training settings, intended use... */
  card?: ModelCardOptions;
  /** What to write: 'tfjs' (default), TF.js layers model.json + weights with the tokenizer and model card; 'huggingface', a save_pretrained folder (config.json, model.safetensors, tokenizer files) for Python's transformers; 'onnx', the inference graph as model.onnx (opset 17, input_ids -> probabilities) with the tokenizer and model card, for tl.load, serve and any ONNX runtime. */
  format?: SaveFormat;
  /** Store weights smaller (tfjs format): 'int8' (per-output-channel symmetric, scales in scales.bin) or 'float16'; tl.load dequantizes. */
  quantize?: QuantizeMode;
}

export interface SaveResult {
  dir: string;
  files: Record<string, number>;
}

function assertTextModel(model: TextModel): void {
  const missing = ['model', 'tokenizer', 'config', 'labels'].filter(
    (k) => (model as unknown as Record<string, unknown>)?.[k] === undefined,
  );
  if (missing.length > 0) {
    throw new TypeError(
      `tl.save(model, dir): model lacks ${missing.join(', ')}; pass a TextModel such as tl.classifier() returns.`,
    );
  }
}

async function tfjsFiles(model: tf.LayersModel, quantize?: QuantizeMode) {
  const layers = await layersModelToFiles(model);
  const quantized = quantize ? quantizeWeights(layers.weights, layers.weightSpecs, quantize) : undefined;
  const files: Record<string, Uint8Array> = {
    [MODEL_FILE]: new TextEncoder().encode(layers.modelJson),
    [WEIGHTS_FILE]: quantized?.weights ?? layers.weights,
    ...(quantized?.info.mode === 'int8' ? { [SCALES_FILE]: quantized.scales } : {}),
  };
  return { files, quantized };
}

export async function save(input: TextModel | QuestionAnsweringModel | ExtractiveSummarizer | Seq2SeqModel, dir: string, options: SaveOptions = {}): Promise<SaveResult> {
  checkOptions('tl.save(model, dir, options)', 'options', options, SAVE_SPEC);
  if (input instanceof ExtractiveSummarizer) return saveSummarizer(input, dir, options);
  if (isSeq2SeqModel(input)) return saveSeq2SeqAs(input, dir, options.format);
  // A question answerer has a TextModel's parts (model, tokenizer, config, labels); only its predict differs.
  const model = input as TextModel;
  assertTextModel(model);
  if (typeof dir !== 'string' || dir === '') throw new TypeError('tl.save(model, dir): dir must be a directory path.');
  if (options.quantize && (options.format ?? 'tfjs') !== 'tfjs') {
    throw new TypeError(`tl.save(model, dir, options): quantize applies to format 'tfjs' only, not '${options.format}'; leave one of them out.`);
  }
  if (options.format === 'huggingface') return saveHuggingFace(model, dir);
  const savedAt = new Date().toISOString();
  const { files: modelFiles, quantized } = options.format === 'onnx'
    ? { files: { [ONNX_FILE]: toOnnx(model, { producerVersion: tf.version.tfjs }) }, quantized: undefined }
    : await tfjsFiles(model.model, options.quantize);
  const card = buildModelCard(model, options.card);
  if (quantized) card.quantization = quantizationCard(quantized.info);
  const info: SavedModelInfo = {
    format: 'transferlab-text-model',
    version: 1,
    config: model.config,
    preprocessing: {
      maxLength: model.config.maxLength,
      truncation: checkTruncation(model.config.truncation, 'save'),
      padId: model.tokenizer.padId,
      tokenizer: model.tokenizer.kind,
    },
    card,
    savedAt,
    tfjsVersion: tf.version.tfjs,
    backend: tf.getBackend(),
    ...(quantized ? { quantization: quantized.info } : {}),
  };
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {
    ...modelFiles,
    [TOKENIZER_FILE]: encoder.encode(JSON.stringify(model.tokenizer.toJSON())),
    [INFO_FILE]: encoder.encode(JSON.stringify(info, null, 2)),
    [CARD_FILE]: encoder.encode(renderModelCard(card, savedAt)),
  };
  return writeSavedDirectory(dir, files);
}
