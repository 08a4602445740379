// Export of a TextModel's inference graph to ONNX.
export { toOnnx, unsupportedLayers, INPUT_IDS, OUTPUT_PROBABILITIES, ONNX_OPSET, type ToOnnxOptions } from './to-onnx';
export { LAYER_CONVERTERS } from './converters';
