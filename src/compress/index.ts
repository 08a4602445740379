// Making a trained model smaller or faster: weight quantization (tl.save's quantize option),
// knowledge distillation into a smaller student, structured pruning of USE-lite's transformer blocks.
export { QUANTIZE_MODES } from './quantize';
export type { QuantizeMode, QuantizationInfo } from './quantize';
