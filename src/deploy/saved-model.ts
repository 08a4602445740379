// transferlab.json: everything a saved model needs besides its weights and
// tokenizer — the model config, preprocessing settings and the model card.
import type { Truncation } from '../models/heads/truncation';
import type { TextModelConfig } from '../models/types';
import type { ModelCard } from './model-card';
import type { QuantizationInfo } from '../compress/quantize';

export const INFO_FILE = 'transferlab.json';
export const TOKENIZER_FILE = 'tokenizer.json';

export interface Preprocessing {
  maxLength: number;
  /** Which tokens are kept when a text is longer than maxLength. */
  truncation: Truncation;
  padId: number;
  tokenizer: string;
}

export interface SavedModelInfo {
  format: 'transferlab-text-model';
  version: 1;
  config: TextModelConfig;
  preprocessing: Preprocessing;
  card: ModelCard;
  savedAt: string;
  /** The tfjs version and backend that saved it: logits are bit-identical on the same backend. */
  tfjsVersion: string;
  backend: string;
  /** Present when tl.save quantized the weights: how, so tl.load can dequantize them. */
  quantization?: QuantizationInfo;
}
