// Export of a TextModel's inference graph to ONNX.
export { toOnnx, unsupportedLayers, INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS, OUTPUT_PROBABILITIES, KNOWN_INPUTS, ONNX_OPSET, type ToOnnxOptions } from './to-onnx';
export { LAYER_CONVERTERS } from './converters';
