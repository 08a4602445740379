// Seeded randomness: the generator and tl.setSeed's global stream.
export { SeededRandom } from './rng';
export { setSeed, seedOrNext } from './global-seed';
