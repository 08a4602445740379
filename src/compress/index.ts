// Making a trained model smaller or faster: weight quantization (tl.save's quantize option),
// knowledge distillation into a smaller student, structured pruning of USE-lite's transformer blocks.
export { QUANTIZE_MODES } from './quantize';
export type { QuantizeMode, QuantizationInfo } from './quantize';
export { distill, type DistillOptions, type DistillHistory } from './distill';
export { prune, type PruneOptions, type PruningRecord } from './prune';
export { dropBlocks, type DropBlocksOptions } from './drop-blocks';
