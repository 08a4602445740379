// ONNX: export a TextModel's inference graph (export/, encoded by protobuf/) and run saved ONNX folders (runtime/).
export { toOnnx, unsupportedLayers, INPUT_IDS, OUTPUT_PROBABILITIES, ONNX_OPSET, type ToOnnxOptions } from './export';
export { OnnxTextModel, OnnxSession, type OnnxSessionOptions } from './runtime';
export const ONNX_FILE = 'model.onnx';
