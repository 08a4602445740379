// The training loop.
export type * from './types';
