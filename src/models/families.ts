// The family registry with transferlab's built-in families registered (once, here).
import { BUILTIN_FAMILIES } from './builtin-families';
import { registerFamily } from './family-registry';

export * from './family-registry';

for (const family of BUILTIN_FAMILIES) registerFamily(family);
