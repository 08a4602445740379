// Reads a TF.js model directory (model.json + weight shards) from disk into
// ModelArtifacts: Node's wasm and cpu backends have no file:// loader.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { tf } from '../../tf';

interface ModelJSON {
  modelTopology?: unknown;
  weightsManifest?: Array<{ paths: string[]; weights: tf.io.WeightsManifestEntry[] }>;
  [key: string]: unknown;
}

const BYTES_PER_ELEMENT: Record<string, number> = { float32: 4, int32: 4, bool: 1, uint8: 1, float16: 2 };

export async function readModelArtifacts(modelJsonPath: string): Promise<tf.io.ModelArtifacts> {
  const text = await readFile(modelJsonPath, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new Error(`Cannot read ${modelJsonPath} (${err.code ?? err.message}): check the path of the model.json.`);
  });
  let json: ModelJSON;
  try {
    json = JSON.parse(text) as ModelJSON;
  } catch (err) {
    throw new Error(`${modelJsonPath} is not JSON (${(err as Error).message}): re-download or reinstall the model.`);
  }
  if (!json.modelTopology || !Array.isArray(json.weightsManifest)) {
    throw new Error(`${modelJsonPath} has no modelTopology/weightsManifest: it is not a TF.js model.json.`);
  }
  const dir = path.dirname(modelJsonPath);
  const weightSpecs: tf.io.WeightsManifestEntry[] = [];
  const buffers: Uint8Array[] = [];
  for (const group of json.weightsManifest) {
    const shards = await Promise.all(group.paths.map((p) => readShard(path.join(dir, p))));
    const groupBytes = shards.reduce((sum, s) => sum + s.byteLength, 0);
    const expected = group.weights.reduce((sum, w) => sum + specBytes(w), 0);
    if (groupBytes !== expected) {
      throw new Error(
        `Weight shards ${group.paths.join(', ')} in ${dir} hold ${groupBytes} bytes but ${modelJsonPath} ` +
          `describes ${expected}: a shard is truncated or from another model; reinstall the model.`,
      );
    }
    weightSpecs.push(...group.weights);
    buffers.push(...shards);
  }
  const { modelTopology, weightsManifest: _manifest, ...rest } = json;
  return {
    ...(rest as Partial<tf.io.ModelArtifacts>),
    modelTopology: modelTopology as tf.io.ModelArtifacts['modelTopology'],
    weightSpecs,
    weightData: concatBytes(buffers),
  };
}

async function readShard(file: string): Promise<Uint8Array> {
  return readFile(file).catch((err: NodeJS.ErrnoException) => {
    throw new Error(`Cannot read weight shard ${file} (${err.code ?? err.message}): reinstall the model.`);
  });
}

function specBytes(spec: tf.io.WeightsManifestEntry): number {
  const elements = spec.shape.reduce((a, b) => a * b, 1);
  const perElement = spec.quantization ? BYTES_PER_ELEMENT[spec.quantization.dtype] : BYTES_PER_ELEMENT[spec.dtype];
  if (perElement === undefined) throw new Error(`Unsupported weight dtype in ${spec.name}.`);
  return elements * perElement;
}

function concatBytes(parts: Uint8Array[]): ArrayBuffer {
  const total = parts.reduce((sum, p) => sum + p.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out.buffer;
}
