// Shared by the ONNX tests: IMDB reviews, and the largest probability difference between two prediction lists.
import { execFileSync } from 'node:child_process';
import { loadImdb } from '../../src/data/imdb';
import type { Prediction } from '../../src/models/types';

export function reviews(n: number): string[] {
  return loadImdb({ split: 'test', limit: n, seed: 7 }).column('text').values.map(String);
}

/** Largest |a - b| over every score (and, for token predictions, every token's scores). */
export function maxDifference(a: Prediction[], b: Prediction[]): number {
  let max = 0;
  const rows = (p: Prediction): number[][] => [p.scores, ...((p as { tokens?: Prediction[] }).tokens ?? []).map((t) => t.scores)];
  a.forEach((p, i) => {
    const ra = rows(p);
    const rb = rows(b[i]);
    if (ra.length !== rb.length) throw new Error(`prediction ${i}: ${ra.length} score rows against ${rb.length}`);
    ra.forEach((s, r) => s.forEach((v, j) => (max = Math.max(max, Math.abs(v - rb[r][j])))));
  });
  return max;
}

/** Python onnx 1.12's verdict on a file: 'ok' or its error. */
export function onnxChecker(file: string): string {
  const script = 'import sys, onnx\ntry:\n  onnx.checker.check_model(onnx.load(sys.argv[1]), full_check=True); print("ok")\nexcept Exception as e:\n  print(type(e).__name__, e)';
  return execFileSync('/usr/bin/python3', ['-c', script, file]).toString().trim();
}
