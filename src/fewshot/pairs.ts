// SetFit's training pairs (Tunstall et al., 2022): from a few labelled examples,
// pairs of two texts of the same class (target similarity 1) and of different
// classes (target 0), in equal numbers, drawn with a seeded generator.
import type { SeededRandom } from '../seed';

export interface Pair {
  a: number;
  b: number;
  /** 1 for the same class, 0 for different classes. */
  target: number;
}

/** Example indices per class; throws when a class has fewer than two (no positive pair exists). */
export function indicesByClass(y: Int32Array, labels: string[], caller: string): number[][] {
  const byClass = labels.map(() => [] as number[]);
  y.forEach((c, i) => byClass[c].push(i));
  byClass.forEach((rows, c) => {
    if (rows.length < 2) {
      throw new Error(
        `${caller}: class '${labels[c]}' has ${rows.length} example${rows.length === 1 ? '' : 's'} in train; ` +
          'few-shot training pairs texts of the same class, so give every class at least two examples.',
      );
    }
  });
  return byClass;
}

function pick(rows: number[], rng: SeededRandom, except?: number): number {
  for (;;) {
    const i = rows[Math.floor(rng.next() * rows.length)];
    if (i !== except) return i;
  }
}

/**
 * `count` pairs: the examples are visited in a seeded order, each giving a positive
 * pair (another text of its class) then a negative pair (a text of another class),
 * until there are enough; the pairs come out shuffled.
 */
export function generatePairs(y: Int32Array, byClass: number[][], count: number, rng: SeededRandom): Pair[] {
  const pairs: Pair[] = [];
  const others = byClass.map((_, c) => byClass.flatMap((rows, k) => (k === c ? [] : rows)));
  while (pairs.length < count) {
    for (const a of rng.permutation(y.length)) {
      if (pairs.length >= count) break;
      const c = y[a];
      pairs.push({ a, b: pick(byClass[c], rng, a), target: 1 });
      if (pairs.length >= count) break;
      pairs.push({ a, b: pick(others[c], rng), target: 0 });
    }
  }
  return Array.from(rng.permutation(pairs.length), (i) => pairs[i]);
}
