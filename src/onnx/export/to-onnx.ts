// A TextModel's inference graph as an ONNX model (opset 17): input_ids
// [batch, sequence] (int64, padded with the tokenizer's pad id, which USE-lite and
// word-vector graphs mask themselves; Hugging Face encoders also take attention_mask,
// and token_type_ids where the family has segments) -> probabilities [batch, labels]
// or [batch, sequence, labels].
import { tf } from '../../tf';
import type { TextModel } from '../../models/types';
import { DataType, encodeModel, type Dim } from '../protobuf';
import { LAYER_CONVERTERS } from './converters';
import type { ExportContext, Flow } from './flow';
import { GraphBuilder } from './graph-builder';
import { INPUT_IDS, OUTPUT_PROBABILITIES } from './io-names';

export const ONNX_OPSET = 17;
/** IR version 8 goes with opset 17 (ONNX 1.12). */
export const ONNX_IR_VERSION = 8;
export { INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS, OUTPUT_PROBABILITIES, KNOWN_INPUTS } from './io-names';
/** Sequences up to this long (or the model's maxLength, if longer) are accepted by position tables. */
const MIN_POSITIONS = 512;

export interface ToOnnxOptions {
  /** Producer version written into the file. Default 'unknown'. */
  producerVersion?: string;
}

/** Layers in the order they run: nested models (the 'encoder', the 'head') flattened, input layers left out. */
function runOrder(model: tf.LayersModel): tf.layers.Layer[] {
  return model.layers.flatMap((layer) => {
    if (layer instanceof tf.LayersModel) return runOrder(layer);
    return layer.getClassName() === 'InputLayer' ? [] : [layer];
  });
}

/** The layers that would not export, as "'name' (class X)". */
export function unsupportedLayers(model: TextModel): string[] {
  return runOrder(model.model)
    .filter((l) => !LAYER_CONVERTERS[l.getClassName()])
    .map((l) => `'${l.name}' (class ${l.getClassName()})`);
}

/** The bytes of a .onnx file computing `model`'s predictions; throws naming any layer with no ONNX mapping. */
export function toOnnx(model: TextModel, options: ToOnnxOptions = {}): Uint8Array {
  const unsupported = unsupportedLayers(model);
  if (unsupported.length > 0) {
    throw new Error(
      `ONNX export: layer ${unsupported.join(', ')} has no ONNX mapping. ` +
        `Exportable layer classes: ${Object.keys(LAYER_CONVERTERS).join(', ')}. Save with { format: 'tfjs' } instead.`,
    );
  }
  const graph = new GraphBuilder();
  graph.fresh(INPUT_IDS);
  const ctx: ExportContext = { graph, ids: INPUT_IDS, extraInputs: [], padId: model.tokenizer.padId, maxPositions: Math.max(model.config.maxLength, MIN_POSITIONS) };
  let flow: Flow = { x: INPUT_IDS, rank: 2 };
  for (const layer of runOrder(model.model)) flow = LAYER_CONVERTERS[layer.getClassName()](layer, flow, ctx);
  if (flow.x === INPUT_IDS) throw new Error('ONNX export: the model has no layers to export.');
  graph.renameOutput(flow.x, OUTPUT_PROBABILITIES);
  const labels = model.labels.length;
  const outShape: Dim[] = flow.rank === 2 ? ['batch', labels] : ['batch', 'sequence', labels];
  return encodeModel({
    irVersion: ONNX_IR_VERSION,
    opsetImports: [{ domain: '', version: ONNX_OPSET }],
    producerName: 'transferlab',
    producerVersion: options.producerVersion ?? 'unknown',
    graph: graph.build(
      model.model.name,
      [INPUT_IDS, ...ctx.extraInputs].map((name) => ({ name, elemType: DataType.INT64, shape: ['batch', 'sequence'] })),
      [{ name: OUTPUT_PROBABILITIES, elemType: DataType.FLOAT, shape: outShape }],
      `${model.config.task} over labels ${JSON.stringify(model.labels)}; inputs ${[INPUT_IDS, ...ctx.extraInputs].join(', ')}; ${INPUT_IDS} padded with ${model.tokenizer.padId}.`,
    ),
    metadata: {
      task: model.config.task,
      labels: JSON.stringify(model.labels),
      pad_id: String(model.tokenizer.padId),
      max_length: String(model.config.maxLength),
    },
  });
}
