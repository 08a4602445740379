// The original string cut into base characters with their combining marks, with
// UTF-16 positions: the unit that normalization (NFKC, accent stripping) maps as a
// whole, so a normalized character can always be traced back to a source span.

export interface Cluster {
  text: string;
  start: number;
  end: number;
}

const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

export function textClusters(text: string): Cluster[] {
  const out: Cluster[] = [];
  for (const m of text.matchAll(CLUSTER)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** Per UTF-16 unit of a derived string: the source span it came from. */
export interface AlignedString {
  text: string;
  starts: number[];
  ends: number[];
}

export function emptyAligned(): AlignedString {
  return { text: '', starts: [], ends: [] };
}

export function pushAligned(out: AlignedString, units: string, start: number, end: number): void {
  out.text += units;
  for (let i = 0; i < units.length; i++) {
    out.starts.push(start);
    out.ends.push(end);
  }
}
