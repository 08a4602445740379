// How a text longer than maxLength tokens is cut. Reviews often say what they think
// at the end ("7/10, recommended"), so keeping the start and the end beats keeping
// the start alone (Sun et al. 2019, "How to Fine-Tune BERT for Text Classification").

export type Truncation = 'head' | 'tail' | 'head+tail';

export const TRUNCATIONS: readonly Truncation[] = ['head', 'tail', 'head+tail'];

/** Share of the budget that 'head+tail' gives to the start of the text. */
const HEAD_SHARE = 0.25;

export function checkTruncation(value: unknown, where: string): Truncation {
  if (value === undefined) return 'head';
  if (!TRUNCATIONS.includes(value as Truncation)) {
    throw new Error(`${where}: truncation must be one of ${TRUNCATIONS.map((t) => `'${t}'`).join(', ')}, got ${JSON.stringify(value)}.`);
  }
  return value as Truncation;
}

/** The tokens kept of `ids` (or of anything per token, such as offsets) within `maxLength`. */
export function truncate<T>(ids: T[], maxLength: number, truncation: Truncation): T[] {
  if (ids.length <= maxLength) return ids;
  if (truncation === 'head') return ids.slice(0, maxLength);
  if (truncation === 'tail') return ids.slice(ids.length - maxLength);
  const head = Math.round(maxLength * HEAD_SHARE);
  return [...ids.slice(0, head), ...ids.slice(ids.length - (maxLength - head))];
}
