// tl.load(dir): a saved model, verified against its manifest, as a TextModel.
import * as path from 'path';
import type { tf } from '../tf';
import type { TextModel, TextModelConfig } from '../models/types';
import type { Tokenizer, TokenizerJSON } from '../tokenizers/types';
import { tokenizerFromJSON } from '../tokenizers/registry';
import { modelFromParts } from './task-parts';
import { registerFamilyLayers } from '../models/families';
import { registerFewShotLayers } from '../fewshot/l2-normalize';
import { isNliZeroShotConfig, NliZeroShotModel } from '../fewshot/nli-zero-shot';
import { recoverInterruptedSwap } from '../io/atomic-dir';
import { SavedModelError } from './errors';
import { layersModelFromFiles, MODEL_FILE, WEIGHTS_FILE } from './layers-files';
import { readVerified } from './manifest';
import { INFO_FILE, TOKENIZER_FILE, type SavedModelInfo } from './saved-model';
import { checkOptions } from '../options';
import { LOAD_SPEC } from './option-specs';
import { float32Weights } from './quantized-weights';
import { ONNX_FILE, OnnxTextModel } from '../onnx';
import { isSummarizerInfo, summarizerFromInfo, type LoadedSummarizer } from './summarizer-files';

export type TextModelFromParts = (model: tf.LayersModel, tokenizer: Tokenizer, config: TextModelConfig) => TextModel;

export interface LoadOptions {
  /** Rebuilds the tokenizer from tokenizer.json; defaults to tl.tokenizerFromJSON. */
  tokenizerFromJSON?: (json: TokenizerJSON) => Tokenizer;
  /** Wraps the loaded parts into a TextModel; defaults to tl.textModelFromParts. */
  textModelFromParts?: TextModelFromParts;
}

/** A loaded model and what was saved with it (model card, preprocessing, where it came from). */
export interface LoadedTextModel extends TextModel {
  readonly saved: SavedModelInfo & { dir: string };
}

function parseJson<T>(file: string, bytes: Buffer | undefined): T {
  if (!bytes) throw new SavedModelError(file, `${file} is not listed in the manifest. Save the model again.`);
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch {
    throw new SavedModelError(file, `${file} is not valid JSON. Save the model again.`);
  }
}

/** What tl.load can return; name it as the type argument for a summarizer: tl.load<tl.LoadedSummarizer>(dir). */
export type LoadedModel = LoadedTextModel | LoadedSummarizer;

export async function load<M extends LoadedModel = LoadedTextModel>(dir: string, options: LoadOptions = {}): Promise<M> {
  return (await loadAny(dir, options)) as M;
}

/** tl.load's work, typed honestly: a text model or a summarizer, whichever the directory holds. */
export async function loadAny(dir: string, options: LoadOptions = {}): Promise<LoadedModel> {
  checkOptions('tl.load(dir, options)', 'options', options, LOAD_SPEC);
  if (typeof dir !== 'string' || dir === '') throw new TypeError('tl.load(dir): dir must be the directory tl.save() wrote.');
  const root = path.resolve(dir);
  await recoverInterruptedSwap(root);
  const files = await readVerified(root);
  const at = (name: string) => path.join(root, name);

  const info = parseJson<SavedModelInfo>(at(INFO_FILE), files.get(INFO_FILE));
  if (isSummarizerInfo(info)) return summarizerFromInfo(info, root);
  if (info.format !== 'transferlab-text-model') {
    throw new SavedModelError(at(INFO_FILE), `${at(INFO_FILE)} is not a transferlab text model description.`);
  }
  const tokenizerJson = parseJson<TokenizerJSON>(at(TOKENIZER_FILE), files.get(TOKENIZER_FILE));
  const fromJSON = options.tokenizerFromJSON ?? tokenizerFromJSON;
  // An NLI zero-shot model's outputs are the NLI labels, its config.labels the candidate ones.
  const fromParts = options.textModelFromParts ?? (isNliZeroShotConfig(info.config) ? (m: tf.LayersModel, t: Tokenizer, c: TextModelConfig) => new NliZeroShotModel(m, t, c) : modelFromParts);
  let tokenizer: Tokenizer;
  try {
    tokenizer = fromJSON(tokenizerJson);
  } catch (err) {
    throw new SavedModelError(at(TOKENIZER_FILE), `cannot rebuild the tokenizer from ${at(TOKENIZER_FILE)}: ${(err as Error).message}`);
  }
  const onnx = files.get(ONNX_FILE);
  if (onnx) return Object.assign(new OnnxTextModel(onnx, tokenizer, info.config, at(ONNX_FILE)), { saved: { ...info, dir: root } });
  const modelJson = files.get(MODEL_FILE);
  const weights = files.get(WEIGHTS_FILE);
  if (!modelJson || !weights) {
    const file = at(modelJson ? WEIGHTS_FILE : MODEL_FILE);
    throw new SavedModelError(file, `${file} is not listed in the manifest. Save the model again.`);
  }
  registerFamilyLayers(); // the topology may name a model family's custom layers
  registerFewShotLayers(); // and a zero-shot head's L2Normalize
  const float32 = info.quantization ? float32Weights(root, info.quantization, modelJson, weights, files) : weights;
  const layersModel = await layersModelFromFiles(at(MODEL_FILE), modelJson, float32);
  const textModel = fromParts(layersModel, tokenizer, info.config);
  return Object.assign(textModel, { saved: { ...info, dir: root } });
}
