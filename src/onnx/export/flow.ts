// What passes from one layer's ONNX subgraph to the next.
import type { tf } from '../../tf';
import type { GraphBuilder } from './graph-builder';

export interface Flow {
  /** The current activations' value name. */
  x: string;
  /** Rank of x: 2 ([batch, features]) or 3 ([batch, length, features]). */
  rank: 2 | 3;
  /** Float mask [batch, length, 1], 1 at tokens, 0 at padding, once a layer defined one. */
  mask?: string;
  /** Attention logit bias [batch, 1, 1, length]: 0 at tokens, PADDING_BIAS at padding keys (USE-lite). */
  keyBias?: string;
}

export interface ExportContext {
  graph: GraphBuilder;
  /** The int64 ids input [batch, length]. */
  ids: string;
  /**
   * The graph's int64 [batch, length] inputs besides the ids, in order (attention_mask,
   * token_type_ids): a layer that needs one calls useInput(), which declares it.
   */
  extraInputs: string[];
  /** The tokenizer's pad id. */
  padId: number;
  /** Longest sequence the exported graph must accept (at least the model's maxLength). */
  maxPositions: number;
}

/** Converts one layer: appends its nodes and returns what follows it. */
export type LayerConverter = (layer: tf.layers.Layer, flow: Flow, ctx: ExportContext) => Flow;

export interface WeightArray {
  data: Float32Array;
  shape: number[];
}

/** The layer's weights as float arrays, in getWeights() order. */
export function weightsOf(layer: tf.layers.Layer): WeightArray[] {
  return layer.getWeights().map((t) => {
    if (t.dtype !== 'float32') throw new Error(`ONNX export: layer '${layer.name}' has a ${t.dtype} weight; only float32 weights are exported.`);
    return { data: t.dataSync() as Float32Array, shape: t.shape };
  });
}

/** Declares the int64 [batch, length] graph input `name` (once) and returns it. */
export function useInput(ctx: ExportContext, name: string): string {
  if (!ctx.extraInputs.includes(name)) {
    ctx.graph.reserve(name);
    ctx.extraInputs.push(name);
  }
  return name;
}

/** A variable's value as a float array. */
export function weightArray(layerName: string, variable: tf.LayerVariable): WeightArray {
  const t = variable.read();
  if (t.dtype !== 'float32') throw new Error(`ONNX export: layer '${layerName}' has a ${t.dtype} weight; only float32 weights are exported.`);
  return { data: t.dataSync() as Float32Array, shape: t.shape };
}

/** The mask [batch, length, 1] of positions whose id is not `padId`. */
export function padMask(ctx: ExportContext, padId: number): string {
  const g = ctx.graph;
  const isPad = g.op('Equal', [ctx.ids, g.int64(padId)], {}, 'is_pad');
  const tokens = g.op('Cast', [g.op('Not', [isPad])], { to: 1 }, 'mask');
  return g.op('Unsqueeze', [tokens, g.int64([2])], {}, 'mask3');
}
