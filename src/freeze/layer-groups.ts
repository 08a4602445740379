// Discriminative learning rates (fastai/ULMFiT): layers in contiguous groups from
// bottom to top, each with a learning-rate multiplier; by default each group
// below the top learns 2.6x slower than the one above it.
import type { LayerGroup } from './types';
import { allLeaves, layerTree, leavesOf, paramCount, resolveRef, rootModel, type Freezable, type LayerNode, type LayerRef } from './layer-tree';
import { checkOptions } from '../options';
import { LAYER_GROUPS_SPEC } from './option-specs';

export interface LayerGroupsOptions {
  /**
   * A number: split the layers that have weights into that many contiguous groups
   * (a top-level 'head' is always a group of its own). Or explicit groups, bottom
   * first: arrays of layer references, or { name, layers }. Default 3.
   */
  groups?: number | Array<LayerRef[] | { name: string; layers: LayerRef[] }>;
  /** One multiplier per group, bottom first; overrides decay. */
  lrMultipliers?: number[];
  /** Each group's multiplier is the next one's divided by this (ULMFiT's 2.6). */
  decay?: number;
}

function split<T>(items: T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

function groupName(leaves: LayerNode[]): string {
  return leaves.length === 1 ? leaves[0].path : `${leaves[0].path} .. ${leaves[leaves.length - 1].path}`;
}

function defaultGroups(nodes: LayerNode[], count: number): Array<{ name: string; leaves: LayerNode[] }> {
  const weighted = (leaves: LayerNode[]) => leaves.filter((l) => paramCount(l.layer) > 0);
  const head = nodes.find((n) => n.layer.name === 'head' && n.children.length > 0);
  const headLeaves = head ? weighted(leavesOf(head)) : [];
  const body = weighted(allLeaves(nodes)).filter((l) => !headLeaves.includes(l));
  const bodyParts = headLeaves.length > 0 ? count - 1 : count;
  const groups = body.length > 0 && bodyParts > 0 ? split(body, Math.min(bodyParts, body.length)).map((leaves) => ({ name: groupName(leaves), leaves })) : [];
  if (headLeaves.length > 0) groups.push({ name: 'head', leaves: headLeaves });
  return groups;
}

/** Layer groups with learning-rate multipliers, bottom group first. */
export function layerGroups(model: Freezable, options: LayerGroupsOptions = {}): LayerGroup[] {
  checkOptions('tl.layerGroups(model, options)', 'options', options, LAYER_GROUPS_SPEC);
  const nodes = layerTree(rootModel(model));
  const spec = options.groups ?? 3;
  let groups: Array<{ name: string; leaves: LayerNode[] }>;
  if (typeof spec === 'number') {
    if (!Number.isInteger(spec) || spec < 1) throw new Error(`layerGroups: groups must be a positive whole number or a list of groups, got ${spec}`);
    groups = defaultGroups(nodes, spec);
  } else {
    groups = spec.map((g, i) => {
      const refs = Array.isArray(g) ? g : g.layers;
      const leaves = refs.flatMap((ref) => leavesOf(resolveRef(nodes, ref)));
      return { name: Array.isArray(g) ? (leaves.length ? groupName(leaves) : `group ${i}`) : g.name, leaves };
    });
  }
  const { lrMultipliers, decay = 2.6 } = options;
  if (lrMultipliers && lrMultipliers.length !== groups.length) {
    throw new Error(`layerGroups: ${lrMultipliers.length} lrMultipliers for ${groups.length} groups (${groups.map((g) => g.name).join('; ')}); give one per group, bottom first`);
  }
  if (!(decay > 0)) throw new Error(`layerGroups: decay must be positive, got ${decay}`);
  return groups.map((g, i) => ({
    name: g.name,
    layers: g.leaves.map((l) => l.layer),
    lrMultiplier: lrMultipliers ? lrMultipliers[i] : decay ** -(groups.length - 1 - i),
  }));
}

/** Each trainable weight's learning-rate multiplier, by variable name (for an optimizer that scales per group). Weights in no group get 1. */
export function lrMultipliers(groups: LayerGroup[]): Map<string, number> {
  const byName = new Map<string, number>();
  for (const g of groups) for (const layer of g.layers) for (const w of layer.trainableWeights) byName.set(w.name, g.lrMultiplier);
  return byName;
}
