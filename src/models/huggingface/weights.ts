// Moving weights between a checkpoint's tensors (HF names and layouts) and our layers.
import { tf } from '../../tf';
import { HuggingFaceError } from './errors';
import type { HfName } from './names';
import type { RawTensor, TensorMap } from './safetensors';

function transpose2d(t: RawTensor): RawTensor {
  const [rows, cols] = t.shape;
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = t.data[r * cols + c];
  return { shape: [cols, rows], data: out };
}

const same = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Writes the tensors `names` maps onto `vars` (local name -> variable). `required`: a
 * missing tensor is an error; otherwise the layer keeps its fresh initialisation and
 * false is returned.
 */
export function assignWeights(
  vars: Map<string, tf.LayerVariable>,
  names: Map<string, HfName>,
  tensors: TensorMap,
  file: string,
  required: boolean,
): boolean {
  const missing = [...names.values()].filter((n) => !tensors.has(n.name)).map((n) => n.name);
  if (missing.length > 0) {
    if (!required) return false;
    throw new HuggingFaceError(
      'MISSING_TENSOR',
      file,
      `the checkpoint lacks ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}.`,
      "check that config.json's model_type matches the weights, or save the checkpoint again with save_pretrained().",
    );
  }
  for (const [local, variable] of vars) {
    const hf = names.get(local);
    if (!hf) throw new Error(`internal: no Hugging Face name for weight '${local}'.`);
    const raw = tensors.get(hf.name)!;
    const shape = variable.shape as number[];
    const expected = hf.transpose ? [...shape].reverse() : shape;
    if (!(raw.data instanceof Float32Array) || !same(raw.shape, expected)) {
      throw new HuggingFaceError(
        'TENSOR_MISMATCH',
        file,
        `tensor '${hf.name}' is ${raw.data instanceof Float32Array ? 'float' : 'integer'} [${raw.shape.join(', ')}]; the config needs float [${expected.join(', ')}].`,
        'check that config.json belongs to these weights (hidden_size, vocab_size, layers...).',
      );
    }
    const value = hf.transpose ? transpose2d(raw) : raw;
    const tensor = tf.tensor(value.data, shape, 'float32');
    variable.write(tensor);
    tensor.dispose();
  }
  return true;
}

/** Reads `vars` into `out` under their HF names, in HF's layouts. */
export function collectWeights(vars: Map<string, tf.LayerVariable>, names: Map<string, HfName>, out: TensorMap): void {
  for (const [local, variable] of vars) {
    const hf = names.get(local);
    if (!hf) throw new Error(`internal: no Hugging Face name for weight '${local}'.`);
    const raw: RawTensor = { shape: [...(variable.shape as number[])], data: variable.read().dataSync() as Float32Array };
    out.set(hf.name, hf.transpose ? transpose2d(raw) : { shape: raw.shape, data: Float32Array.from(raw.data) });
  }
}

/** A tf.layers.Dense's kernel and bias as a name map like our layers' namedWeights(). */
export function denseWeights(layer: tf.layers.Layer): Map<string, tf.LayerVariable> {
  const [kernel, bias] = layer.weights;
  return new Map([
    ['kernel', kernel],
    ['bias', bias],
  ]);
}
