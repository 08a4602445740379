// ONNX: export a TextModel's inference graph (export/, encoded by protobuf/) and run saved ONNX folders (runtime/).
export { toOnnx, unsupportedLayers, INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS, OUTPUT_PROBABILITIES, KNOWN_INPUTS, ONNX_OPSET, type ToOnnxOptions } from './export';
export { OnnxTextModel, OnnxSession, type OnnxSessionOptions, chooseServingRuntime, SERVING_RUNTIMES, type ServingRuntime, type RuntimeChoice } from './runtime';
export const ONNX_FILE = 'model.onnx';
