import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, DataFrame } from '../../src/data';
import { apportion, assignParts } from '../../src/data/stratify';
import { seededRandom } from '../../src/data/random';

function frame(counts: Record<string, number>): DataFrame {
  const label = Object.entries(counts).flatMap(([l, n]) => Array<string>(n).fill(l));
  return new DataFrame({ id: label.map((_, i) => i), label });
}

function countsOf(df: DataFrame): Map<string, number> {
  const out = new Map<string, number>();
  if (df.shape[0]) for (const l of df.column('label').values as string[]) out.set(l, (out.get(l) ?? 0) + 1);
  return out;
}

test('apportion gives parts summing to n, each floor or ceil of its share', () => {
  assert.deepEqual(apportion(10, [0.8, 0.1, 0.1]), [8, 1, 1]);
  assert.deepEqual(apportion(7, [0.5, 0.5]), [4, 3]);
  const parts = apportion(101, [0.7, 0.15, 0.15]);
  assert.equal(parts.reduce((a, b) => a + b), 101);
  parts.forEach((p, i) => assert.ok(Math.abs(p - 101 * [0.7, 0.15, 0.15][i]) < 1));
});

test('stratified split keeps each class within one example of its share in every split', () => {
  const cases: Array<[Record<string, number>, [number, number, number]]> = [
    [{ a: 97, b: 13, c: 5 }, [0.8, 0.1, 0.1]],
    [{ neg: 501, pos: 499 }, [0.7, 0.15, 0.15]],
    [{ x: 3, y: 1, z: 40, w: 7 }, [0.6, 0.2, 0.2]],
  ];
  for (const [counts, ratios] of cases) {
    for (const seed of [1, 2, 3]) {
      const df = frame(counts);
      const parts = data.split(df, { label: 'label', ratios, stratify: true, seed });
      const sizes = [parts.train, parts.val, parts.test].map((p) => p.shape[0]);
      assert.equal(sizes.reduce((a, b) => a + b), df.shape[0]);
      [parts.train, parts.val, parts.test].forEach((part, i) => {
        const got = countsOf(part);
        for (const [label, n] of Object.entries(counts)) {
          const share = n * ratios[i];
          assert.ok(Math.abs((got.get(label) ?? 0) - share) < 1, `${label} in split ${i}: ${got.get(label)} vs ${share}`);
        }
        assert.ok(Math.abs(sizes[i] - df.shape[0] * ratios[i]) <= 1, `split ${i} size ${sizes[i]}`);
      });
      const ids = [parts.train, parts.val, parts.test].flatMap((p) => (p.shape[0] ? (p.column('id').values as number[]) : []));
      assert.equal(new Set(ids).size, df.shape[0], 'every row lands in exactly one split');
    }
  }
});

test('split is reproducible by seed and shuffles', () => {
  const df = frame({ a: 50, b: 50 });
  const ids = (seed: number) => data.split(df, { seed }).train.column('id').values as number[];
  assert.deepEqual(ids(7), ids(7));
  assert.notDeepEqual(ids(7), ids(8));
  assert.notDeepEqual(ids(7), [...ids(7)].sort((x, y) => x - y));
});

test('unstratified split cuts by ratio; array ratios are [train, val, test]', () => {
  const df = new DataFrame({ text: Array.from({ length: 20 }, (_, i) => `t${i}`) });
  const { train, val, test: held } = data.split(df, { ratios: [0.5, 0.25, 0.25] });
  assert.deepEqual([train.shape[0], val.shape[0], held.shape[0]], [10, 5, 5]);
  const empty = data.split(df, { ratios: { train: 0.75, test: 0.25 } });
  assert.deepEqual([empty.train.shape[0], empty.val.shape[0], empty.test.shape[0]], [15, 0, 5]);
});

test('split errors name the bad argument', () => {
  const df = frame({ a: 5 });
  assert.throws(() => data.split(df, { ratios: [0.5, 0.2, 0.2] }), /ratios must sum to 1/);
  assert.throws(() => data.split(df, { ratios: [1.2, -0.2, 0] }), /non-negative/);
  assert.throws(() => data.split(df, { label: 'class', stratify: true }), /options\.label 'class' is not a column\. Columns: id, label/);
});

test('stratified allocation holds on random class counts and ratios: classes within one, totals exact', () => {
  const random = seededRandom(9);
  for (let trial = 0; trial < 300; trial++) {
    const counts = Array.from({ length: 1 + Math.floor(random() * 6) }, () => 1 + Math.floor(random() * (random() < 0.5 ? 10 : 300)));
    const a = random();
    const b = random() * (1 - a);
    const ratios = trial % 2 ? [a, b, 1 - a - b] : [a, 1 - a];
    const strata = counts.flatMap((c, i) => Array<string>(c).fill(`c${i}`));
    const parts = assignParts(strata.length, ratios, seededRandom(trial), strata);
    assert.deepEqual(parts.map((p) => p.length), apportion(strata.length, ratios), `trial ${trial}`);
    parts.forEach((part, s) =>
      counts.forEach((c, i) => {
        const got = part.filter((row) => strata[row] === `c${i}`).length;
        assert.ok(Math.abs(got - c * ratios[s]) < 1, `trial ${trial}: class ${i} has ${got} in part ${s}, share ${c * ratios[s]}`);
      }),
    );
  }
});
