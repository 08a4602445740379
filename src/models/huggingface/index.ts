// Hugging Face BERT-family checkpoints (bert, distilbert, roberta, xlm-roberta, electra):
// safetensors, config.json, tokenizer.json, the layers, loading, and saving back.
export { HuggingFaceError, type HuggingFaceErrorCode } from './errors';
export { parseSafetensors, serializeSafetensors, readCheckpointTensors, type RawTensor, type TensorMap } from './safetensors';
export { parseConfig, MODEL_TYPES, type ArchConfig, type HeadKind, type ModelType } from './config';
export { HuggingFaceTokenizer, loadTokenizer, HF_TOKENIZER_KIND, type HuggingFaceTokenizerJSON } from './tokenizer';
export { longestFirst, type PairEncoding, type PairOptions, type PairTruncation } from './pair';
export { HfEmbeddings } from './layers/embeddings';
export { HfTransformerLayer } from './layers/transformer-layer';
export { HfPooler, HfSequenceOutput } from './layers/pooler';
export { HuggingFaceBase, loadHuggingFaceBase } from './base';
export { SentenceTransformer, readSentencePooling } from './sentence-transformer';
export { HfSentencePooling } from './layers/mean-pooling';
export { loadHuggingFace, textModelFromBase, headLogits } from './load';
export type { HuggingFacePretrained } from './load';
export { saveHuggingFace, huggingfaceFiles } from './save';
export { huggingfaceFamily, createHuggingfaceFamily, type HuggingFaceFamilyOptions } from './family';
