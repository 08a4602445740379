// Proportional allocation of rows to parts (train/val/test, or sample/rest),
// optionally per class so that each class keeps its proportion in every part.
import { shuffled } from './random';

const EPS = 1e-9;

/** Splits n into integer parts proportional to ratios (largest remainder); the parts sum to n. */
export function apportion(n: number, ratios: readonly number[]): number[] {
  const exact = ratios.map((r) => n * r);
  const parts = exact.map((x) => Math.floor(x + EPS));
  const order = exact.map((x, i) => i).sort((a, b) => exact[b] - parts[b] - (exact[a] - parts[a]) || a - b);
  for (let k = 0, left = n - parts.reduce((a, b) => a + b, 0); k < left; k++) parts[order[k % order.length]]++;
  return parts;
}

/**
 * Row positions per part. Without strata the rows are shuffled and cut. With strata,
 * every class gets floor or ceil of its exact share in every part (so proportions hold
 * within one example) while part totals follow apportion(n, ratios).
 */
export function assignParts(
  count: number,
  ratios: readonly number[],
  random: () => number,
  strata?: readonly string[],
): number[][] {
  const positions = Array.from({ length: count }, (_, i) => i);
  if (!strata) {
    const order = shuffled(positions, random);
    const sizes = apportion(count, ratios);
    let start = 0;
    return sizes.map((size) => order.slice(start, (start += size)));
  }
  const byClass = new Map<string, number[]>();
  for (const p of positions) {
    const key = strata[p];
    const rows = byClass.get(key);
    if (rows) rows.push(p);
    else byClass.set(key, [p]);
  }
  const remaining = apportion(count, ratios);
  const plans = [...byClass.keys()].sort().map((key) => {
    const rows = byClass.get(key)!;
    const exact = ratios.map((r) => rows.length * r);
    const sizes = exact.map((x) => Math.floor(x + EPS));
    sizes.forEach((s, i) => (remaining[i] -= s));
    return { rows, exact, sizes, extra: rows.length - sizes.reduce((a, b) => a + b, 0) };
  });
  // Hand out the leftover rows, one per part at most, to parts still short of their total;
  // classes with the most leftovers first (the greedy that realises a feasible table).
  for (const plan of [...plans].sort((a, b) => b.extra - a.extra)) {
    const allowed = plan.exact.map((x, i) => i).filter((i) => plan.exact[i] - plan.sizes[i] > EPS);
    allowed.sort((a, b) => remaining[b] - remaining[a] || plan.exact[b] - plan.sizes[b] - (plan.exact[a] - plan.sizes[a]) || a - b);
    for (const i of allowed.slice(0, plan.extra)) {
      plan.sizes[i]++;
      remaining[i]--;
    }
  }
  const parts: number[][] = ratios.map(() => []);
  for (const plan of plans) {
    const order = shuffled(plan.rows, random);
    let start = 0;
    plan.sizes.forEach((size, i) => {
      for (const row of order.slice(start, (start += size))) parts[i].push(row);
    });
  }
  return parts.map((rows) => shuffled(rows, random));
}
