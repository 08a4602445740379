// scikit-learn's zero_division: what a ratio with an empty denominator becomes.
// 'warn' acts as 0 and emits an UndefinedMetricWarning, as sklearn does.

export type ZeroDivision = 'warn' | 0 | 1 | number;

export function zeroDivisionValue(zeroDivision: ZeroDivision): number {
  if (zeroDivision === 'warn' || zeroDivision === 0) return 0;
  if (zeroDivision === 1) return 1;
  if (Number.isNaN(zeroDivision)) return NaN;
  throw new RangeError(`zeroDivision must be 'warn', 0, 1 or NaN; got ${String(zeroDivision)}.`);
}

/** Divides elementwise; where the denominator is 0 the result is the zeroDivision value. */
export function divide(
  num: number[],
  den: number[],
  zeroDivision: ZeroDivision,
  metric: string,
  reason: string,
): number[] {
  const fallback = zeroDivisionValue(zeroDivision);
  let undefinedCount = 0;
  const out = num.map((n, i) => {
    if (den[i] !== 0) return n / den[i];
    undefinedCount++;
    return fallback;
  });
  if (undefinedCount > 0 && zeroDivision === 'warn') {
    process.emitWarning(
      `${metric} is ill-defined and being set to 0.0 in labels with no ${reason} samples. ` +
        'Use the `zeroDivision` option to control this behavior.',
      'UndefinedMetricWarning',
    );
  }
  return out;
}
