// A file:// IO handler for TF.js models: Node's wasm and cpu backends have none.
// load() reads model.json and concatenates its weight shards (checked against the
// manifest); save() writes 4 MB shards then model.json, each atomically, so a
// folder never has a model.json that points at missing or partial weights.
import { promises as fs } from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { tf } from '../tf';
import { writeFileAtomic } from '../io/atomic-write';
import { ModelLoadError } from '../io/errors';
import { checkGroupBytes } from './weights-manifest';

const SHARD_BYTES = 4 * 1024 * 1024;

/** A path from a plain path or a file:// URL. */
export function localPath(pathOrUrl: string): string {
  return pathOrUrl.startsWith('file://') ? fileURLToPath(pathOrUrl) : path.resolve(pathOrUrl);
}

/** model.json for a folder, or the file itself. Throws NOT_FOUND. */
export async function resolveModelJson(pathOrUrl: string): Promise<string> {
  const target = localPath(pathOrUrl);
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat === undefined) {
    throw new ModelLoadError('NOT_FOUND', target, `No such file or folder: ${target}.`, 'check the path; relative paths are resolved from the current directory ' + process.cwd());
  }
  if (!stat.isDirectory()) return target;
  const json = path.join(target, 'model.json');
  if (!(await fs.stat(json).catch(() => undefined))) {
    throw new ModelLoadError('NOT_FOUND', json, `${target} has no model.json.`, 'point at the folder that holds model.json and its weight shards, or at model.json itself');
  }
  return json;
}

export async function readModelJson(file: string): Promise<tf.io.ModelJSON> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new ModelLoadError('NOT_FOUND', file, `Cannot read ${file}.`, 'check that the file exists and is readable');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ModelLoadError('BAD_JSON', file, `${file} is not JSON (${(error as Error).message}).`, 'the file is damaged or is not a TF.js model.json: re-download or re-export it');
  }
  const modelJson = json as Partial<tf.io.ModelJSON> | null;
  if (modelJson === null || typeof modelJson !== 'object' || typeof modelJson.modelTopology !== 'object') {
    throw new ModelLoadError('BAD_JSON', file, `${file} is JSON but not a TF.js model (no modelTopology).`, 'use the model.json written by tfjs (model.save) or by tensorflowjs_converter');
  }
  return modelJson as tf.io.ModelJSON;
}

/** 'layers' or 'graph', from model.json's format field or its topology's shape. */
export function modelFormat(json: tf.io.ModelJSON): 'layers' | 'graph' {
  if (json.format === 'graph-model') return 'graph';
  if (json.format === 'layers-model') return 'layers';
  return 'node' in (json.modelTopology as object) ? 'graph' : 'layers';
}

async function loadWeights(manifestFile: string, manifest: tf.io.WeightsManifestConfig): Promise<[tf.io.WeightsManifestEntry[], ArrayBuffer]> {
  const dir = path.dirname(manifestFile);
  const specs: tf.io.WeightsManifestEntry[] = [];
  const buffers: Buffer[] = [];
  for (const group of manifest) {
    const shards: Array<{ file: string; bytes: number }> = [];
    for (const shardPath of group.paths) {
      const file = path.join(dir, shardPath);
      const data = await fs.readFile(file).catch(() => undefined);
      if (data === undefined) {
        throw new ModelLoadError('MISSING_SHARD', file, `Weight shard ${shardPath} named in ${manifestFile} is missing.`, `copy or download every file the manifest lists next to model.json (${group.paths.join(', ')})`);
      }
      shards.push({ file, bytes: data.length });
      buffers.push(data);
    }
    checkGroupBytes(manifestFile, shards, group.weights);
    specs.push(...group.weights);
  }
  const all = Buffer.concat(buffers);
  return [specs, all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer];
}

/** Reads a model folder (or model.json) into tfjs model artifacts. */
export async function loadModelArtifacts(pathOrUrl: string): Promise<tf.io.ModelArtifacts> {
  const file = await resolveModelJson(pathOrUrl);
  const json = await readModelJson(file);
  return tf.io.getModelArtifactsForJSON(json, (manifest) => loadWeights(file, manifest));
}

/** Writes artifacts as model.json + group1-shardNofM files in `dir`. */
export async function saveModelArtifacts(dir: string, artifacts: tf.io.ModelArtifacts): Promise<tf.io.SaveResult> {
  if (artifacts.modelTopology instanceof ArrayBuffer) {
    throw new Error(`fileIO(${dir}).save: binary model topologies are not supported; save a layers or graph model with a JSON topology`);
  }
  const data = artifacts.weightData === undefined ? new Uint8Array(0) : new Uint8Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData));
  const count = Math.max(1, Math.ceil(data.byteLength / SHARD_BYTES));
  const paths = Array.from({ length: count }, (_, i) => `group1-shard${i + 1}of${count}`);
  await fs.mkdir(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    await writeFileAtomic(path.join(dir, paths[i]), data.subarray(i * SHARD_BYTES, (i + 1) * SHARD_BYTES));
  }
  const manifest: tf.io.WeightsManifestConfig = [{ paths, weights: artifacts.weightSpecs ?? [] }];
  const json: tf.io.ModelJSON = {
    modelTopology: artifacts.modelTopology as {},
    format: artifacts.format,
    generatedBy: artifacts.generatedBy,
    convertedBy: artifacts.convertedBy,
    weightsManifest: manifest,
    trainingConfig: artifacts.trainingConfig,
    signature: artifacts.signature,
    userDefinedMetadata: artifacts.userDefinedMetadata,
    modelInitializer: artifacts.modelInitializer,
    initializerSignature: artifacts.initializerSignature,
  };
  await writeFileAtomic(path.join(dir, 'model.json'), JSON.stringify(json));
  return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
}

/**
 * A tf.io.IOHandler for a local folder or file:// URL:
 * `tf.loadLayersModel(fileIO('models/x'))`, `model.save(fileIO('models/x'))`.
 */
export function fileIO(pathOrUrl: string): tf.io.IOHandler {
  return {
    load: () => loadModelArtifacts(pathOrUrl),
    save: (artifacts) => saveModelArtifacts(localPath(pathOrUrl), artifacts),
  };
}
