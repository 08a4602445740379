// Encoder-decoder checkpoints (T5 / flan-T5 / mT5, BART / distilBART): loading, generation
// with a key/value cache (model.generate), summaries (model.predict), saving back in
// Hugging Face's format. fineTune trains them (src/train/seq2seq.ts).
export { parseSeq2SeqConfig, isSeq2SeqType, SEQ2SEQ_TYPES, type Seq2SeqConfig, type Seq2SeqType } from './config';
export { Seq2SeqModel, isSeq2SeqModel, type Seq2SeqEncodeOptions } from './model';
export { loadSeq2Seq } from './load';
export { saveSeq2Seq, seq2seqFiles } from './save';
export { resolveGenerateOptions, type ResolvedGenerateOptions } from './generate/options';
export { seq2seqFamily, createSeq2SeqFamily, isSeq2SeqFolder, type Seq2SeqFamilyOptions } from './family';
export { SEQ2SEQ_ENTRIES } from './catalog-entries';
