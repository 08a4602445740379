// Gradual unfreezing (ULMFiT): start with only the top group training, and every
// `every` epochs let the next group down train too. fineTune calls apply(epoch)
// at the start of each epoch.
import type { LayerGroup, UnfreezeSchedule } from './types';
import { allLeaves, layerTree, rootModel, type Freezable } from './layer-tree';
import { layerGroups, type LayerGroupsOptions } from './layer-groups';
import { setTrainable } from './freeze';
import { checkOptions } from '../options';
import { GRADUAL_UNFREEZING_SPEC } from './option-specs';

export interface GradualUnfreezingOptions {
  /** The groups, bottom first (default layerGroups(model)), or options for layerGroups. */
  groups?: LayerGroup[] | LayerGroupsOptions;
  /** Epochs between unfreezing one more group (default 1). */
  every?: number;
  /** Groups trainable at epoch 0, counted from the top (default 1). */
  initial?: number;
}

export interface GradualUnfreezing extends UnfreezeSchedule {
  readonly groups: LayerGroup[];
  /** How many groups (from the top) train at this epoch. */
  trainableGroupsAt(epoch: number): number;
}

export function gradualUnfreezing(model: Freezable, options: GradualUnfreezingOptions = {}): GradualUnfreezing {
  checkOptions('tl.gradualUnfreezing(model, options)', 'options', options, GRADUAL_UNFREEZING_SPEC);
  const root = rootModel(model);
  const groups = Array.isArray(options.groups) ? options.groups : layerGroups(root, options.groups);
  const every = options.every ?? 1;
  const initial = options.initial ?? 1;
  if (!(Number.isInteger(every) && every >= 1)) throw new Error(`gradualUnfreezing: every must be a whole number of epochs >= 1, got ${every}`);
  if (!(Number.isInteger(initial) && initial >= 1)) throw new Error(`gradualUnfreezing: initial must be a whole number of groups >= 1, got ${initial}`);
  if (groups.length === 0) throw new Error('gradualUnfreezing: the model has no layers with weights to group');
  const trainableGroupsAt = (epoch: number) => Math.min(groups.length, initial + Math.floor(Math.max(0, epoch) / every));
  return {
    groups,
    trainableGroupsAt,
    apply(epoch: number): string[] {
      const count = trainableGroupsAt(epoch);
      const leaves = allLeaves(layerTree(root));
      const byLayer = (layers: LayerGroup['layers']) => leaves.filter((l) => layers.includes(l.layer));
      const frozen = groups.slice(0, groups.length - count);
      const training = groups.slice(groups.length - count);
      setTrainable(root, byLayer(frozen.flatMap((g) => g.layers)), false);
      setTrainable(root, byLayer(training.flatMap((g) => g.layers)), true);
      return training.map((g) => g.name);
    },
  };
}
