// The encoder-decoder model_types this build implements (no imports: the encoder family's
// config error lists them too).
export type Seq2SeqType = 't5' | 'mt5' | 'bart';
export const SEQ2SEQ_TYPES: readonly Seq2SeqType[] = ['t5', 'mt5', 'bart'];
