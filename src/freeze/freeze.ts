// freeze / unfreeze: which layers train. Works on leaf layers (nested models are
// addressed through them), keeps the nested models' own flags consistent, and
// makes the change take effect on an already compiled model: tfjs collects the
// trainable weights at compile() and would otherwise keep training frozen
// weights (or ignore unfrozen ones) until the user re-compiles.
import { tf } from '../tf';
import { inferenceWhenFrozen } from './inference-guard';
import { allLeaves, flatten, isEffectivelyTrainable, layerTree, leavesOf, paramCount, resolveRef, rootModel, type Freezable, type LayerNode, type LayerRef } from './layer-tree';
import { realignOptimizerState } from './optimizer-state';
import { checkOptions } from '../options';
import { SELECTION_SPEC } from './option-specs';

/** Which layers to act on; give at most one. None: every layer. */
export interface LayerSelection {
  /** From the first layer up to and including this one ('encoder' = the whole base). */
  upTo?: LayerRef;
  /** From this layer (included) to the last. */
  from?: LayerRef;
  /** These layers (nested models stand for all their layers). */
  layers?: LayerRef[];
  /** Layers whose path ('encoder/dense_1') matches. */
  match?: RegExp;
  /** The last n layers that have weights. */
  last?: number;
}

/** Leaves chosen by a selection, in model order. Throws on unknown names or an empty match. */
export function selectLeaves(nodes: LayerNode[], selection: LayerSelection = {}): LayerNode[] {
  const keys = (Object.keys(selection) as Array<keyof LayerSelection>).filter((k) => selection[k] !== undefined);
  if (keys.length > 1) throw new Error(`Give one of upTo, from, layers, match, last; got ${keys.join(' and ')}`);
  const leaves = allLeaves(nodes);
  const indexOf = (leaf: LayerNode) => leaves.indexOf(leaf);
  const { upTo, from, layers, match, last } = selection;
  if (upTo !== undefined) {
    const end = Math.max(...leavesOf(resolveRef(nodes, upTo)).map(indexOf));
    return leaves.slice(0, end + 1);
  }
  if (from !== undefined) {
    const start = Math.min(...leavesOf(resolveRef(nodes, from)).map(indexOf));
    return leaves.slice(start);
  }
  if (layers !== undefined) {
    const chosen = new Set(layers.flatMap((ref) => leavesOf(resolveRef(nodes, ref))));
    return leaves.filter((l) => chosen.has(l));
  }
  if (match !== undefined) {
    const matched = flatten(nodes).filter((n) => match.test(n.path));
    if (matched.length === 0) throw new Error(`No layer path matches ${match}. Available: ${flatten(nodes).map((n) => n.path).join(', ')}`);
    const chosen = new Set(matched.flatMap(leavesOf));
    return leaves.filter((l) => chosen.has(l));
  }
  if (last !== undefined) {
    if (!Number.isInteger(last) || last < 0) throw new Error(`last must be a whole number of layers, got ${last}`);
    const weighted = leaves.filter((l) => paramCount(l.layer) > 0);
    return last === 0 ? [] : weighted.slice(-last);
  }
  return leaves;
}

/** Sets the trainable state of the chosen leaves; every other layer keeps its state. */
export function setTrainable(model: Freezable, leaves: LayerNode[], trainable: boolean): void {
  const root = rootModel(model);
  const nodes = layerTree(root);
  const chosen = new Set(leaves.map((l) => l.layer));
  const desired = new Map(allLeaves(nodes).map((l) => [l.layer, chosen.has(l.layer) ? trainable : isEffectivelyTrainable(l)]));
  applyStates(root, nodes, desired);
}

/** Freezes the selected layers (all when no selection): their weights stop changing and they run in inference mode. */
export function freeze(model: Freezable, selection: LayerSelection = {}): void {
  checkOptions('tl.freeze(model, selection)', 'selection', selection, SELECTION_SPEC);
  const root = rootModel(model);
  setTrainable(root, selectLeaves(layerTree(root), selection), false);
}

/** Unfreezes the selected layers (all when no selection). */
export function unfreeze(model: Freezable, selection: LayerSelection = {}): void {
  checkOptions('tl.unfreeze(model, selection)', 'selection', selection, SELECTION_SPEC);
  const root = rootModel(model);
  setTrainable(root, selectLeaves(layerTree(root), selection), true);
}

/** Nested models are trainable when any of their layers is; set without the setter, which would overwrite their layers' weights. */
function setContainerFlag(layer: tf.layers.Layer, trainable: boolean): void {
  (layer as unknown as { trainable_: boolean }).trainable_ = trainable;
}

function applyStates(root: tf.LayersModel, nodes: LayerNode[], desired: Map<tf.layers.Layer, boolean>): void {
  for (const leaf of allLeaves(nodes)) leaf.layer.trainable = desired.get(leaf.layer) ?? true;
  for (const node of flatten(nodes).reverse()) {
    if (node.children.length > 0) setContainerFlag(node.layer, leavesOf(node).some((l) => desired.get(l.layer)));
  }
  const anyTrainable = [...desired.values()].some(Boolean);
  setContainerFlag(root, anyTrainable);
  const inner = (root as unknown as { model?: tf.LayersModel }).model; // tf.Sequential trains through an inner model
  if (inner instanceof tf.LayersModel) setContainerFlag(inner, anyTrainable);
  syncFrozenState(root);
}

interface Compiled {
  collectedTrainableWeights?: tf.LayerVariable[];
  optimizer?: tf.Optimizer;
}

/**
 * Makes a model's frozen state take effect: frozen layers run in inference mode,
 * and a compiled model trains exactly its trainable weights from the next step
 * on (the optimizer's per-weight state follows its weights). freeze/unfreeze call
 * it; call it yourself after setting `layer.trainable` by hand or loading a model
 * saved with frozen layers.
 */
export function syncFrozenState(model: Freezable): void {
  const root = rootModel(model);
  const nodes = layerTree(root);
  for (const leaf of allLeaves(nodes)) inferenceWhenFrozen(leaf);
  const inner = (root as unknown as { model?: tf.LayersModel }).model;
  const models = [root, ...(inner instanceof tf.LayersModel ? [inner] : []), ...flatten(nodes).map((n) => n.layer).filter((l): l is tf.LayersModel => l instanceof tf.LayersModel)];
  for (const m of models) {
    const compiled = m as unknown as Compiled;
    const previous = compiled.collectedTrainableWeights;
    if (previous === undefined || previous === null) continue;
    const now = m.trainableWeights;
    if (compiled.optimizer) realignOptimizerState(compiled.optimizer, previous, now);
    compiled.collectedTrainableWeights = now;
  }
}
