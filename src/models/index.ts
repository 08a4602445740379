// Pre-trained models: catalog, loaders, heads.
export type * from './types';
