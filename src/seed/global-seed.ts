// tl.setSeed(n): one seed for everything random that the caller did not seed
// explicitly — a new head's initial weights, fineTune's shuffle and dropout. Each
// such place draws its own seed from one stream, so the same seeded code gives the
// same numbers, and an explicit `seed` option still wins where it is given.
// (Splits and data set samples are always seeded: their `seed` defaults to 42.)
import { SeededRandom } from './rng';

let stream: SeededRandom | undefined;

/** Seeds every later random choice that has no `seed` option of its own; tl.setSeed(undefined) goes back to unseeded. */
export function setSeed(seed: number | undefined): void {
  if (seed === undefined) {
    stream = undefined;
    return;
  }
  if (!Number.isInteger(seed) || seed < 0) throw new TypeError(`tl.setSeed(seed): seed must be a non-negative integer, got ${String(seed)}.`);
  stream = new SeededRandom(seed);
}

/** `explicit` when given; else the next draw of tl.setSeed's stream; else undefined (unseeded). */
export function seedOrNext(explicit?: number): number | undefined {
  if (explicit !== undefined) return explicit;
  return stream?.nextUint32();
}
