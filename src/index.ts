// The whole public API of transferlab: what cells and scripts get from
// `import * as tl from 'transferlab'`. Nothing outside this file is promised.
export { tf } from './tf';
export * from './display';
export * from './backend';
export * from './models';
export * from './tokenizers';
export * from './freeze';
export * from './train';
export * from './data';
export * from './metrics';
export * from './evaluate';
export * from './ner';
export * from './plot';
export * from './deploy';
export * from './fewshot';
export * from './compress';
export * from './summarize';
export { setSeed } from './seed';
export { OptionError } from './options';
export * from './tasks/qa';
export { wordOverlapAnswerer, WordOverlapAnswerer, type WordOverlapOptions } from './baselines/word-overlap-qa';
