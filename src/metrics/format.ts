// Number formatting that matches Python's format(x, '.Nf'): round half to even on the
// exact binary value (JavaScript's toFixed rounds exact ties up: 0.125 -> '0.13', Python '0.12').

export function pyFixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const rounded = x.toFixed(digits);
  if (Math.abs(x) >= 1e21) return rounded;
  // toFixed(100) is the exact decimal expansion of any double this small.
  const exact = Math.abs(x).toFixed(100);
  const point = exact.indexOf('.');
  const tail = exact.slice(point + 1 + digits);
  const isTie = tail[0] === '5' && /^0*$/.test(tail.slice(1));
  if (!isTie) return rounded;
  const lastKept = digits === 0 ? exact[point - 1] : exact[point + digits];
  if (Number(lastKept) % 2 === 1) return rounded; // rounding up makes it even: toFixed did that
  return (Math.sign(x) * Number(exact.slice(0, point + 1 + digits))).toFixed(digits);
}
