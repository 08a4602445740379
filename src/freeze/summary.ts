// tl.summary(model): each layer (nested models expanded) or each layer group with
// its output shape, parameter count and frozen/trainable state, plus totals.
// Prints as text in a terminal and renders as an HTML table in a notebook.
import { JUPYTER_DISPLAY, type MimeBundle } from '../display';
import { formatCount, tableHtml, tableText, type Table } from '../display/table';
import type { tf } from '../tf';
import { allLeaves, flatten, isEffectivelyTrainable, layerTree, leavesOf, paramCount, rootModel, type Freezable, type LayerNode } from './layer-tree';
import type { LayerGroup } from './types';
import { checkOptions } from '../options';
import { SUMMARY_SPEC } from './option-specs';

export type LayerState = 'trainable' | 'frozen' | 'partly frozen' | 'no weights';

export interface SummaryRow {
  /** Layer path ('encoder/dense_1') or group name. */
  name: string;
  /** Layer class, or 'group' / the nested model's class. */
  type: string;
  outputShape: string;
  params: number;
  trainableParams: number;
  state: LayerState;
  /** Nesting depth (0 for top-level layers and groups). */
  depth: number;
  /** The group's learning-rate multiplier, for group rows. */
  lrMultiplier?: number;
}

export interface SummaryOptions {
  /** One row per group instead of per layer. */
  groups?: LayerGroup[];
  /** Show the layers inside nested models (default true). */
  expandNested?: boolean;
}

function shapeText(layer: tf.layers.Layer): string {
  try {
    const shape = layer.outputShape;
    const one = (s: Array<number | null>) => `[${s.map((d) => (d === null ? 'null' : d)).join(', ')}]`;
    return Array.isArray(shape[0]) || shape.length === 0 ? (shape as Array<Array<number | null>>).map(one).join(' ') || '?' : one(shape as Array<number | null>);
  } catch {
    return 'multiple';
  }
}

function trainableParams(leaves: LayerNode[]): number {
  return leaves.filter(isEffectivelyTrainable).reduce((sum, l) => sum + l.layer.trainableWeights.reduce((s, w) => s + w.shape.reduce<number>((a, b) => a * (b ?? 1), 1), 0), 0);
}

function stateOf(leaves: LayerNode[]): LayerState {
  const weighted = leaves.filter((l) => paramCount(l.layer) > 0);
  if (weighted.length === 0) return 'no weights';
  const training = weighted.filter(isEffectivelyTrainable).length;
  return training === weighted.length ? 'trainable' : training === 0 ? 'frozen' : 'partly frozen';
}

function row(name: string, type: string, outputShape: string, leaves: LayerNode[], depth: number): SummaryRow {
  return { name, type, outputShape, params: leaves.reduce((s, l) => s + paramCount(l.layer), 0), trainableParams: trainableParams(leaves), state: stateOf(leaves), depth };
}

export class ModelSummary {
  readonly modelName: string;
  readonly rows: SummaryRow[];
  readonly totalParams: number;
  readonly trainableParams: number;
  readonly frozenParams: number;

  constructor(modelName: string, rows: SummaryRow[], totals: { total: number; trainable: number }) {
    this.modelName = modelName;
    this.rows = rows;
    this.totalParams = totals.total;
    this.trainableParams = totals.trainable;
    this.frozenParams = totals.total - totals.trainable;
  }

  private table(): Table {
    const grouped = this.rows.some((r) => r.lrMultiplier !== undefined);
    return {
      caption: `Model: ${this.modelName}`,
      columns: [{ title: grouped ? 'group' : 'layer' }, { title: 'type' }, { title: 'output shape' }, { title: 'params', align: 'right' }, { title: 'trainable', align: 'right' }, { title: 'state' }, ...(grouped ? [{ title: 'lr x', align: 'right' as const }] : [])],
      rows: this.rows.map((r) => [
        `${'  '.repeat(r.depth)}${r.name}`,
        r.type,
        r.outputShape,
        formatCount(r.params),
        formatCount(r.trainableParams),
        r.state,
        ...(grouped ? [r.lrMultiplier === undefined ? '' : Number(r.lrMultiplier.toPrecision(3)).toString()] : []),
      ]),
      footer: [`Total params: ${formatCount(this.totalParams)}`, `Trainable params: ${formatCount(this.trainableParams)}`, `Frozen (non-trainable) params: ${formatCount(this.frozenParams)}`],
    };
  }

  toString(): string {
    return tableText(this.table());
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    return { 'text/plain': this.toString(), 'text/html': tableHtml(this.table()) };
  }
}

/** Layers (or groups) with output shape, parameters and frozen/trainable state, and totals. */
export function summary(model: Freezable, options: SummaryOptions = {}): ModelSummary {
  checkOptions('tl.summary(model, options)', 'options', options, SUMMARY_SPEC);
  const root = rootModel(model);
  const nodes = layerTree(root);
  const leaves = allLeaves(nodes);
  let rows: SummaryRow[];
  if (options.groups) {
    rows = options.groups.map((g) => ({ ...row(g.name, 'group', '', leaves.filter((l) => g.layers.includes(l.layer)), 0), lrMultiplier: g.lrMultiplier }));
  } else {
    const expand = options.expandNested ?? true;
    const visible = expand ? flatten(nodes) : nodes;
    rows = visible.map((n) => row(n.path, n.layer.getClassName(), shapeText(n.layer), leavesOf(n), n.ancestors.length));
  }
  // Shared layers would count twice in a plain sum; count each weight once.
  const seen = new Set<unknown>();
  let total = 0;
  let trainable = 0;
  for (const leaf of leaves) {
    const training = isEffectivelyTrainable(leaf) ? new Set(leaf.layer.trainableWeights) : new Set();
    for (const w of leaf.layer.weights) {
      if (seen.has(w)) continue;
      seen.add(w);
      const size = w.shape.reduce<number>((a, b) => a * (b ?? 1), 1);
      total += size;
      if (training.has(w)) trainable += size;
    }
  }
  return new ModelSummary(root.name, rows, { total, trainable });
}
