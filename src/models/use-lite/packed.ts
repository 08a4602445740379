// Sequence packing for inference: several texts share one row of the batch,
// side by side, each attending only to its own tokens, its positions counted
// from 0. Almost no padding is computed, so a batch of mixed lengths costs what its
// tokens cost: on 16 short reviews (native-cpu), ~1.1 ms a text against 1.54 ms
// in length-sorted padded batches. Only USE-lite's sentence encoder is packed;
// the result equals the padded forward pass up to float rounding (~2e-7).
import { tf } from '../../tf';
import { UseLiteEmbedding, timingSignal } from './layers/embedding';
import { UseLiteL2Normalize } from './layers/l2-normalize';
import { UseLiteMeanPooling } from './layers/pooling';
import { PADDING_BIAS, UseLiteTransformerBlock } from './layers/transformer-block';

/** Rows are tried up to this long (or the longest text, if longer). */
const MAX_ROW_LENGTH = 128;
/**
 * What attention adds to a position's cost per token of row length, relative to
 * its dense layers: softmax and masking over [rows, heads, length, length] ran
 * ~3 us a position at length 64 against ~31 us of dense products (native-cpu).
 */
const ATTENTION_COST_PER_TOKEN = 1 / 600;

/** Item indices per row: first-fit decreasing into rows of `rowLength` tokens. */
export function packRows(lengths: number[], rowLength: number): number[][] {
  const order = lengths.map((_, i) => i).sort((a, b) => lengths[b] - lengths[a] || a - b);
  const rows: number[][] = [];
  const free: number[] = [];
  for (const i of order) {
    if (lengths[i] > rowLength) throw new Error(`packRows: item ${i} has ${lengths[i]} tokens, more than the row length ${rowLength}.`);
    const row = free.findIndex((space) => space >= lengths[i]);
    if (row >= 0) {
      rows[row].push(i);
      free[row] -= lengths[i];
    } else {
      rows.push([i]);
      free.push(rowLength - lengths[i]);
    }
  }
  return rows;
}

/**
 * The row length that packs `lengths` into the fewest positions computed,
 * weighted by attention's growing cost: 97.8% of positions hold a token on 16
 * short reviews, against 90.6% in rows of 64.
 */
export function bestRowLength(lengths: number[]): { length: number; rows: number[][] } {
  const longest = Math.max(1, ...lengths);
  let best = { length: longest, rows: [] as number[][], cost: Infinity };
  for (let length = longest; length <= Math.max(longest, MAX_ROW_LENGTH); length++) {
    const rows = packRows(lengths, length);
    const cost = rows.length * length * (1 + length * ATTENTION_COST_PER_TOKEN);
    if (cost < best.cost) best = { length, rows, cost };
    if (rows.length === 1) break; // longer rows only add padding
  }
  return { length: best.length, rows: best.rows };
}

/** USE-lite's sentence encoder, run on packed rows. */
export interface PackedEncoder {
  /** Sentence vectors [ids.length, dim] for token id lists (already truncated). Caller disposes. */
  encode(ids: number[][]): tf.Tensor2D;
}

interface Parts {
  embedding: UseLiteEmbedding;
  blocks: UseLiteTransformerBlock[];
  /** The per-vector layers after the pooling (the tanh projection, the L2 normalization). */
  after: tf.layers.Layer[];
}

/** The encoder's layers if it is exactly USE-lite's sentence encoder (ids -> ... -> pooling -> dense -> l2). */
function partsOf(encoder: tf.LayersModel): Parts | undefined {
  const [input, embedding, ...rest] = encoder.layers;
  const pooling = rest.findIndex((l) => l instanceof UseLiteMeanPooling);
  if (!input || encoder.inputs.length !== 1 || !(embedding instanceof UseLiteEmbedding) || pooling < 0) return undefined;
  const blocks = rest.slice(0, pooling);
  const after = rest.slice(pooling + 1);
  if (!blocks.every((l) => l instanceof UseLiteTransformerBlock)) return undefined;
  if (!after.every((l) => l instanceof tf.layers.Layer && (l instanceof UseLiteL2Normalize || l.getClassName() === 'Dense'))) return undefined;
  return { embedding, blocks: blocks as UseLiteTransformerBlock[], after };
}

/** A packed runner for `encoder`, or undefined if it is not USE-lite's sentence encoder. */
export function packedEncoder(encoder: tf.LayersModel): PackedEncoder | undefined {
  const parts = partsOf(encoder);
  return parts && { encode: (ids) => encodePacked(parts, ids) };
}

function encodePacked({ embedding, blocks, after }: Parts, ids: number[][]): tf.Tensor2D {
  const lengths = ids.map((row) => row.length);
  const { length, rows } = bestRowLength(lengths);
  if (rows.length === 0) rows.push([]);
  const positions = rows.length * length;
  // Per position: its token, its position within its text, and which text it belongs to (-1: padding).
  const tokens = new Int32Array(positions).fill(embedding.padId);
  const place = new Int32Array(positions);
  const owner = new Int32Array(positions).fill(-1);
  // Which positions each text's mean takes: a [texts, positions] 0/1 matrix.
  const members = new Float32Array(ids.length * positions);
  rows.forEach((row, r) => {
    let at = r * length;
    for (const i of row) {
      ids[i].forEach((id, p) => {
        tokens[at + p] = id;
        place[at + p] = p;
        owner[at + p] = i;
        members[i * positions + at + p] = 1;
      });
      at += ids[i].length;
    }
  });
  return tf.tidy(() => {
    const mask = tf.tensor3d(owner.map((i) => (i >= 0 ? 1 : 0)), [rows.length, length, 1], 'float32');
    const attentionBias = tf.tensor4d(ownTextBias(owner, rows.length, length), [rows.length, 1, length, length]);
    const timing = tf.gather(tf.reshape(timingSignal(length, embedding.dim), [length, embedding.dim]), tf.tensor2d(place, [rows.length, length], 'int32'));
    let hidden = embedding.embed(tf.tensor2d(tokens, [rows.length, length], 'int32'), mask, timing);
    for (const block of blocks) hidden = block.forward(hidden, mask, attentionBias);
    const sums = tf.matMul(tf.tensor2d(members, [ids.length, positions]), tf.reshape(hidden, [positions, -1]) as tf.Tensor2D);
    // An empty text counts as length 1, as in the graph.
    const counts = tf.tensor2d(lengths.map((n) => Math.max(n, 1)), [ids.length, 1]);
    let vectors: tf.Tensor = tf.div(sums, counts);
    for (const layer of after) vectors = layer.apply(vectors) as tf.Tensor;
    return vectors as tf.Tensor2D;
  });
}

/**
 * The attention bias [rows, 1, length, length]: 0 where query and key belong to
 * the same text, PADDING_BIAS elsewhere (a padding query sees the padding; its
 * output is masked out). Built here: wasm's broadcasting Equal took 1.6 ms.
 */
function ownTextBias(owner: Int32Array, rows: number, length: number): Float32Array {
  const bias = new Float32Array(rows * length * length).fill(PADDING_BIAS);
  for (let r = 0; r < rows; r++) {
    const base = r * length;
    for (let q = 0; q < length; q++) {
      const out = (base + q) * length;
      for (let k = 0; k < length; k++) if (owner[base + k] === owner[base + q]) bias[out + k] = 0;
    }
  }
  return bias;
}
