// A tf.LayersModel as the two standard TF.js files (model.json + one weights
// file) in memory, and back. Kept in memory so the bytes that are hashed into
// the manifest are exactly the bytes that get written and, on load, used.
import { tf } from '../tf';
import { SavedModelError } from './errors';

export const MODEL_FILE = 'model.json';
export const WEIGHTS_FILE = 'weights.bin';

export interface LayersFiles {
  modelJson: string;
  weights: Uint8Array;
  /** The specs of the weights, in their order in `weights`. */
  weightSpecs: tf.io.WeightsManifestEntry[];
}

export async function layersModelToFiles(model: tf.LayersModel): Promise<LayersFiles> {
  let captured: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  if (!captured?.modelTopology || !captured.weightSpecs) {
    throw new Error('the model produced no topology or weights to save; is it a tf.LayersModel?');
  }
  const weights = new Uint8Array(tf.io.CompositeArrayBuffer.join(captured.weightData ?? new ArrayBuffer(0)));
  const modelJson: tf.io.ModelJSON = {
    modelTopology: captured.modelTopology,
    format: captured.format ?? 'layers-model',
    generatedBy: captured.generatedBy,
    convertedBy: captured.convertedBy ?? null,
    weightsManifest: [{ paths: [WEIGHTS_FILE], weights: captured.weightSpecs }],
    ...(captured.trainingConfig ? { trainingConfig: captured.trainingConfig } : {}),
  };
  return { modelJson: JSON.stringify(modelJson), weights, weightSpecs: captured.weightSpecs };
}

export function weightSpecsOf(json: tf.io.ModelJSON): tf.io.WeightsManifestEntry[] {
  return json.weightsManifest.flatMap((group) => group.weights);
}

export async function layersModelFromFiles(modelFile: string, modelJson: Buffer, weights: Buffer): Promise<tf.LayersModel> {
  let json: tf.io.ModelJSON;
  try {
    json = JSON.parse(modelJson.toString('utf8')) as tf.io.ModelJSON;
  } catch {
    throw new SavedModelError(modelFile, `${modelFile} is not valid JSON. Save the model again.`);
  }
  const weightSpecs = weightSpecsOf(json);
  // A copy, so the model owns an ArrayBuffer of exactly the weights' length.
  const weightData = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength);
  try {
    return await tf.loadLayersModel(
      tf.io.fromMemory({
        modelTopology: json.modelTopology,
        format: json.format,
        generatedBy: json.generatedBy,
        convertedBy: json.convertedBy,
        trainingConfig: json.trainingConfig,
        weightSpecs,
        weightData,
      }),
    );
  } catch (err) {
    throw new SavedModelError(
      modelFile,
      `cannot rebuild the model in ${modelFile}: ${(err as Error).message}. ` +
        'If it names an unknown layer class, the code that defines it must be loaded first.',
    );
  }
}
