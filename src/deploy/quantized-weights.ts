// The deploy side of quantized saves: the model card's summary, and float32
// weights back from weights.bin + scales.bin, failures named by file.
import * as path from 'path';
import type { tf } from '../tf';
import { dequantizeWeights, SCALES_FILE, type QuantizationInfo } from '../compress/quantize';
import { SavedModelError } from './errors';
import { MODEL_FILE, WEIGHTS_FILE, weightSpecsOf } from './layers-files';

export function quantizationCard(info: QuantizationInfo): Record<string, string | number> {
  return {
    mode: info.mode,
    scheme: info.scheme,
    float32Bytes: info.float32Bytes,
    storedBytes: info.storedBytes,
    sizeVsFloat32: `${((100 * info.storedBytes) / info.float32Bytes).toFixed(1)} %`,
    dequantized: 'to float32 by tl.load',
  };
}

export function float32Weights(root: string, info: QuantizationInfo, modelJson: Buffer, weights: Buffer, files: Map<string, Buffer>): Buffer {
  const scalesFile = path.join(root, SCALES_FILE);
  const scales = files.get(SCALES_FILE);
  if (info.mode === 'int8' && !scales) {
    throw new SavedModelError(scalesFile, `${scalesFile} is not listed in the manifest, but the weights are int8 and need its scales. Save the model again.`);
  }
  let json: tf.io.ModelJSON;
  try {
    json = JSON.parse(modelJson.toString('utf8')) as tf.io.ModelJSON;
  } catch {
    throw new SavedModelError(path.join(root, MODEL_FILE), `${path.join(root, MODEL_FILE)} is not valid JSON. Save the model again.`);
  }
  try {
    return Buffer.from(dequantizeWeights(weights, scales, weightSpecsOf(json), info));
  } catch (err) {
    const file = path.join(root, (err as Error).message.startsWith(SCALES_FILE) ? SCALES_FILE : WEIGHTS_FILE);
    throw new SavedModelError(file, `cannot dequantize ${file}: ${(err as Error).message}. Save the model again.`);
  }
}
