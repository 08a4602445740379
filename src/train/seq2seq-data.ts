// What fineTune trains an encoder-decoder on (apart from seq2seq.ts, which options.ts must not import).
import type { DataFrameLike } from '../data/frame-like';

/** One training pair; a DataFrame with these columns (or textColumn / labelColumn) works too. */
export interface Seq2SeqRow {
  text: string;
  summary: string;
}

export type Seq2SeqData = DataFrameLike | Seq2SeqRow[];
