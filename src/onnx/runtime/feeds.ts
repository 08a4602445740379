// The int64 inputs an exported graph takes, built from token id rows as the tfjs
// embeddings layer derives them: input_ids padded with the pad id, attention_mask 1
// where the id is not the pad id, token_type_ids 1 strictly after the first separator.
import { ATTENTION_MASK, INPUT_IDS, TOKEN_TYPE_IDS } from '../export/io-names';

export interface Feed {
  data: BigInt64Array;
  dims: [number, number];
}

export interface FeedOptions {
  /** The graph's input names (a subset of KNOWN_INPUTS with input_ids). */
  inputs: readonly string[];
  padId: number;
  /** The pair separator; without it every token is segment 0. */
  sepId?: number;
}

/** One [rows, width] int64 tensor per input the graph declares. */
export function buildFeeds(rows: readonly number[][], width: number, { inputs, padId, sepId }: FeedOptions): Record<string, Feed> {
  const dims: [number, number] = [rows.length, width];
  const ids = new BigInt64Array(rows.length * width).fill(BigInt(padId));
  rows.forEach((row, r) => row.forEach((id, t) => (ids[r * width + t] = BigInt(id))));
  const feeds: Record<string, Feed> = { [INPUT_IDS]: { data: ids, dims } };
  if (inputs.includes(ATTENTION_MASK)) {
    const mask = new BigInt64Array(rows.length * width);
    rows.forEach((row, r) => row.forEach((id, t) => (mask[r * width + t] = id === padId ? 0n : 1n)));
    feeds[ATTENTION_MASK] = { data: mask, dims };
  }
  if (inputs.includes(TOKEN_TYPE_IDS)) {
    const types = new BigInt64Array(rows.length * width);
    if (sepId !== undefined) {
      rows.forEach((row, r) => {
        const sep = row.indexOf(sepId);
        for (let t = sep + 1; sep >= 0 && t < row.length; t++) types[r * width + t] = row[t] === padId ? 0n : 1n;
      });
    }
    feeds[TOKEN_TYPE_IDS] = { data: types, dims };
  }
  return feeds;
}
