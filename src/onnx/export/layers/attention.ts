// Pieces the transformer blocks share: multi-head attention over a key bias, and
// q, k, v weights joined so their three products run as one.
import type { GraphBuilder } from '../graph-builder';
import type { WeightArray } from '../flow';

/** [rows, c_i] matrices side by side as [rows, sum c_i]; vectors end to end. */
export function concatColumns(parts: WeightArray[]): WeightArray {
  if (parts[0].shape.length === 1) {
    const out = new Float32Array(parts.reduce((n, p) => n + p.data.length, 0));
    parts.reduce((at, p) => (out.set(p.data, at), at + p.data.length), 0);
    return { data: out, shape: [out.length] };
  }
  const rows = parts[0].shape[0];
  const cols = parts.reduce((n, p) => n + p.shape[1], 0);
  const out = new Float32Array(rows * cols);
  let offset = 0;
  for (const p of parts) {
    const width = p.shape[1];
    for (let i = 0; i < rows; i++) out.set(p.data.subarray(i * width, (i + 1) * width), i * cols + offset);
    offset += width;
  }
  return { data: out, shape: [rows, cols] };
}

export interface AttentionParts {
  q: string;
  k: string;
  v: string;
  /** [batch, 1, 1, length]: 0 at tokens, a large negative number at padding keys. */
  keyBias: string;
  heads: number;
  width: number;
}

/** softmax(q k^T / sqrt(depth) + keyBias) v per head, heads joined back to [batch, length, width]. */
export function attention(g: GraphBuilder, name: (part: string) => string, { q, k, v, keyBias, heads, width }: AttentionParts): string {
  const depth = width / heads;
  const split = g.int64([0, 0, heads, depth]);
  const toHeads = (t: string, perm: number[], part: string) => g.op('Transpose', [g.op('Reshape', [t, split])], { perm }, name(part));
  const scaledQ = g.op('Mul', [q, g.float(1 / Math.sqrt(depth))], {}, name('q_scaled'));
  const logits = g.op('Add', [g.op('MatMul', [toHeads(scaledQ, [0, 2, 1, 3], 'q_heads'), toHeads(k, [0, 2, 3, 1], 'k_heads_t')], {}, name('logits')), keyBias]);
  const probs = g.op('Softmax', [logits], { axis: -1 }, name('softmax'));
  const context = g.op('MatMul', [probs, toHeads(v, [0, 2, 1, 3], 'v_heads')], {}, name('context'));
  return g.op('Reshape', [g.op('Transpose', [context], { perm: [0, 2, 1, 3] }), g.int64([0, 0, width])], {}, name('context_joined'));
}
