// tl.prune(model, { method: 'magnitude', sparsity, scope }): structured pruning of
// USE-lite's attention heads and FFN units. Removed heads and units leave the
// weight matrices (really smaller shapes), so the pruned model runs faster; an
// optional short fine-tune (tl.fineTune) recovers the accuracy lost.
import type { TextModel } from '../models/types';
import type { UseLiteTransformerBlock } from '../models/use-lite/layers';
import { fineTune, type FineTuneOptions, type TrainData } from '../train';
import { unfreeze } from '../freeze';
import { checkOptions } from '../options';
import { PRUNE_SPEC, type PRUNE_SCOPES, type PRUNE_TARGETS } from './option-specs';
import { rebuildUseLite, useLiteBlocks, type BlockPlan } from './use-lite-blocks';

export interface PruneOptions {
  /** How structures are ranked: 'magnitude', the mean |weight| of a head's or unit's parameters (the only one). */
  method?: 'magnitude';
  /** Share of heads and of FFN units removed, in [0, 1). Required. */
  sparsity: number;
  /** 'global' (default): ranked across all blocks; 'layer': the same share in each block. Each block keeps at least one head and unit. */
  scope?: (typeof PRUNE_SCOPES)[number];
  /** What is pruned; default both ['heads', 'ffn']. */
  targets?: Array<(typeof PRUNE_TARGETS)[number]>;
  /** Training data for a recovery fine-tune after pruning (every layer unfrozen); none by default. */
  recover?: TrainData;
  /** tl.fineTune options for the recovery (default epochs 1, lr 5e-5). */
  recoverOptions?: FineTuneOptions;
}

/** What config.pruning of a pruned model records. */
export interface PruningRecord {
  method: 'magnitude';
  sparsity: number;
  scope: 'global' | 'layer';
  heads: { before: number; after: number };
  ffnUnits: { before: number; after: number };
  params: { before: number; after: number };
  recovered: boolean;
}

interface Scored {
  block: number;
  index: number;
  score: number;
}

/** Mean |value| of each column and of each row of a row-major [rows, cols] matrix. */
function absMeans(values: ArrayLike<number>, rows: number, cols: number): { columns: Float64Array; rows: Float64Array } {
  const columns = new Float64Array(cols);
  const perRow = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = Math.abs(values[r * cols + c]);
      columns[c] += v;
      perRow[r] += v;
    }
  }
  return { columns: columns.map((v) => v / rows), rows: perRow.map((v) => v / cols) };
}

function mean(values: Float64Array): number {
  return values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
}

/** Magnitude of each head (its q/k/v columns and out rows) and each FFN unit (its ffn1 column and ffn2 row). */
function scoreBlock(block: UseLiteTransformerBlock, b: number): { heads: Scored[]; units: Scored[] } {
  const names = block.weightNames();
  const w = block.getWeights();
  const data = (name: string) => w[names.indexOf(name)].dataSync();
  const { inputDim: d0, dim: d, ffnDim: f, headDim } = block;
  const a = block.heads * headDim;
  const qkv = ['q_kernel', 'k_kernel', 'v_kernel'].map((n) => absMeans(data(n), d0, a).columns);
  const out = absMeans(data('out_kernel'), a, d).rows;
  const heads = Array.from({ length: block.heads }, (_, h): Scored => {
    const part = (v: Float64Array) => mean(v.subarray(h * headDim, (h + 1) * headDim));
    return { block: b, index: h, score: (part(qkv[0]) + part(qkv[1]) + part(qkv[2]) + part(out)) / 4 };
  });
  const ffn1 = absMeans(data('ffn1_kernel'), d, f).columns;
  const ffn2 = absMeans(data('ffn2_kernel'), f, d).rows;
  const units = Array.from({ length: f }, (_, j): Scored => ({ block: b, index: j, score: (ffn1[j] + ffn2[j]) / 2 }));
  return { heads, units };
}

/** Indices kept per block: the lowest-scoring removed, globally or per block, never a block's last one. */
function keep(scored: Scored[][], sparsity: number, scope: 'global' | 'layer'): number[][] {
  const removed = scored.map(() => new Set<number>());
  const remove = (pool: Scored[], count: number) => {
    for (const s of [...pool].sort((x, y) => x.score - y.score)) {
      if (count <= 0) break;
      if (scored[s.block].length - removed[s.block].size <= 1) continue;
      removed[s.block].add(s.index);
      count--;
    }
  };
  if (scope === 'global') {
    const all = scored.flat();
    remove(all, Math.round(sparsity * all.length));
  } else {
    for (const pool of scored) remove(pool, Math.round(sparsity * pool.length));
  }
  return scored.map((pool, b) => pool.map((s) => s.index).filter((i) => !removed[b].has(i)));
}

function countParams(model: TextModel): number {
  return model.model.weights.reduce((n, w) => n + w.shape.reduce((a: number, b) => a * (b ?? 1), 1), 0);
}

export async function prune(model: TextModel, options: PruneOptions): Promise<TextModel> {
  const where = 'tl.prune(model, options)';
  checkOptions(where, 'options', options, PRUNE_SPEC);
  if (typeof options?.sparsity !== 'number') throw new Error(`${where}: options.sparsity is required: the share of heads and FFN units to remove, in [0, 1), e.g. 0.5.`);
  const { sparsity, scope = 'global', targets = ['heads', 'ffn'] } = options;
  const { blocks } = useLiteBlocks(model, where);
  const scores = blocks.map((block, b) => scoreBlock(block, b));
  const allOf = (n: number) => Array.from({ length: n }, (_, i) => i);
  const heads = targets.includes('heads') ? keep(scores.map((s) => s.heads), sparsity, scope) : blocks.map((b) => allOf(b.heads));
  const units = targets.includes('ffn') ? keep(scores.map((s) => s.units), sparsity, scope) : blocks.map((b) => allOf(b.ffnDim));
  const plans: BlockPlan[] = blocks.map((_, b) => ({ heads: heads[b], units: units[b] }));
  const record: PruningRecord = {
    method: 'magnitude',
    sparsity,
    scope,
    heads: { before: blocks.reduce((n, b) => n + b.heads, 0), after: heads.reduce((n, h) => n + h.length, 0) },
    ffnUnits: { before: blocks.reduce((n, b) => n + b.ffnDim, 0), after: units.reduce((n, u) => n + u.length, 0) },
    params: { before: countParams(model), after: 0 },
    recovered: options.recover !== undefined,
  };
  const pruned = await rebuildUseLite(model, plans, { pruning: record }, where);
  record.params.after = countParams(pruned);
  if (options.recover !== undefined) {
    unfreeze(pruned);
    await fineTune(pruned, options.recover, { epochs: 1, lr: 5e-5, silent: true, ...options.recoverOptions });
  }
  return pruned;
}
