// Jupyter counts cursor positions in Unicode code points; JavaScript strings
// index UTF-16 code units. These convert between the two.
export function fromCodePoints(text: string, codePoints: number): number {
  let units = 0;
  let points = 0;
  for (const ch of text) {
    if (points >= codePoints) break;
    units += ch.length;
    points++;
  }
  return units;
}

export function toCodePoints(text: string, units: number): number {
  return Array.from(text.slice(0, units)).length;
}
