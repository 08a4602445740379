// The names of an exported graph's inputs and output (Hugging Face's, so ONNX tools that
// know BERT exports feed ours unchanged).
export const INPUT_IDS = 'input_ids';
/** 1 at tokens, 0 at padding; the Hugging Face encoders' graphs take it. */
export const ATTENTION_MASK = 'attention_mask';
/** Segment of each token (0, or 1 after the first separator); BERT and ELECTRA graphs take it. */
export const TOKEN_TYPE_IDS = 'token_type_ids';
export const OUTPUT_PROBABILITIES = 'probabilities';
/** Every input an exported graph may declare, in feed order. */
export const KNOWN_INPUTS: readonly string[] = [INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS];
