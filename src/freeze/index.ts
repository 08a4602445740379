// Freezing, layer groups and summaries.
export type * from './types';
export { freeze, unfreeze, syncFrozenState, type LayerSelection } from './freeze';
export { type LayerRef, type Freezable } from './layer-tree';
export { layerGroups, lrMultipliers, type LayerGroupsOptions } from './layer-groups';
export { gradualUnfreezing, type GradualUnfreezing, type GradualUnfreezingOptions } from './gradual-unfreezing';
export { summary, ModelSummary, type SummaryRow, type SummaryOptions, type LayerState } from './summary';
