// Checks weight shards against the manifest in model.json before tfjs decodes
// them, so a truncated download or an edited manifest fails with the file's name
// instead of a garbled tensor or an out-of-range read deep inside tfjs.
import type { tf } from '../tf';
import { ModelLoadError } from '../io/errors';

type WeightsManifestEntry = tf.io.WeightsManifestEntry;

const BYTES_PER_ELEMENT: Record<string, number> = { float32: 4, int32: 4, bool: 1, complex64: 8, uint8: 1, uint16: 2, float16: 2 };

/** Bytes one weight takes in a shard, or undefined for strings (variable length). */
export function weightByteSize(spec: WeightsManifestEntry): number | undefined {
  const dtype = spec.quantization?.dtype ?? spec.dtype;
  const perElement = BYTES_PER_ELEMENT[dtype];
  if (perElement === undefined) return undefined;
  return spec.shape.reduce((a, b) => a * b, 1) * perElement;
}

/**
 * Throws SHORT_SHARD when the group's shards hold fewer bytes than its weights
 * need (naming the shard that looks truncated and the first weight that does
 * not fit), SIZE_MISMATCH when they hold more.
 */
export function checkGroupBytes(manifestFile: string, shards: Array<{ file: string; bytes: number }>, weights: WeightsManifestEntry[]): void {
  const sizes = weights.map(weightByteSize);
  if (sizes.some((s) => s === undefined)) return;
  const needed = (sizes as number[]).reduce((a, b) => a + b, 0);
  const held = shards.reduce((a, s) => a + s.bytes, 0);
  if (held === needed) return;
  if (held > needed) {
    throw new ModelLoadError(
      'SIZE_MISMATCH',
      manifestFile,
      `The weight files ${shards.map((s) => s.file).join(', ')} hold ${held} bytes but the manifest's weights (shapes x dtypes) need ${needed}: a weight's shape or dtype in model.json disagrees with the data.`,
      're-export or re-download the model so that model.json and its weight files come from the same save',
    );
  }
  let offset = 0;
  let overrun = weights[0];
  for (let i = 0; i < weights.length; i++) {
    offset += sizes[i] as number;
    if (offset > held) {
      overrun = weights[i];
      break;
    }
  }
  // A truncated shard is usually the first one smaller than its predecessor, else the last.
  const short = shards.find((s, i) => i > 0 && i < shards.length - 1 && s.bytes < shards[0].bytes) ?? shards[shards.length - 1];
  throw new ModelLoadError(
    'SHORT_SHARD',
    short.file,
    `The weight files hold ${held} bytes but the manifest needs ${needed}; weight '${overrun.name}' (shape [${overrun.shape.join(', ')}], ${overrun.dtype}) runs past the end. ${short.file} (${short.bytes} bytes) looks truncated.`,
    'download or copy the weight files again (an interrupted copy leaves a short shard); if they are complete, model.json does not belong to them',
  );
}
