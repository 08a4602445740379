// Typed errors for Hugging Face checkpoints: each names the file or tensor and says what to do.

export type HuggingFaceErrorCode =
  | 'TRUNCATED' // a safetensors file is shorter than its header says
  | 'BAD_HEADER' // a safetensors header that is not the format
  | 'TENSOR_MISMATCH' // a tensor with the wrong shape or dtype
  | 'MISSING_TENSOR' // a tensor the architecture needs is absent
  | 'NO_SAFETENSORS' // no model.safetensors (only pytorch_model.bin, say)
  | 'MISSING_TOKENIZER' // no tokenizer.json
  | 'BAD_CONFIG' // config.json absent or not understood
  | 'UNSUPPORTED_MODEL_TYPE'; // a model_type or architecture this build does not implement

export class HuggingFaceError extends Error {
  override readonly name = 'HuggingFaceError';
  constructor(
    readonly code: HuggingFaceErrorCode,
    /** The file, folder or tensor that failed. */
    readonly file: string,
    problem: string,
    /** What to do about it. */
    readonly fix: string,
  ) {
    super(`${problem}\n  file: ${file}\n  fix: ${fix}`);
  }
}
