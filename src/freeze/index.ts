// Freezing, layer groups and summaries.
export type * from './types';
