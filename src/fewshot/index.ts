// Learning from few or no labels: zero-shot classification by label descriptions,
// SetFit-style few-shot training, and the layer their saved models need.
export { zeroShot, labelVectors, type ZeroShotOptions } from './zero-shot';
export { NliZeroShotModel, NLI_TEMPLATE, isNliModel, type NliZeroShotRecord } from './nli-zero-shot';
export { DEFAULT_TEMPLATES, type ZeroShotLabel } from './label-descriptions';
export { fewShot, type FewShotOptions, type FewShotHeadOptions } from './few-shot';
export { FewShotStopped } from './pair-training';
export { generatePairs, type Pair } from './pairs';
export { L2Normalize, registerFewShotLayers } from './l2-normalize';
