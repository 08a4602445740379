// One colour per entity type, displaCy's where it has the type, a fixed palette otherwise.
const KNOWN: Record<string, string> = {
  PER: '#aa9cfc',
  PERSON: '#aa9cfc',
  ORG: '#7aecec',
  LOC: '#feca74',
  GPE: '#feca74',
  MISC: '#f0d0ff',
  DATE: '#bfe1d9',
  TIME: '#bfe1d9',
  MONEY: '#e4e7d2',
};
const PALETTE = ['#ff9561', '#bfeeb7', '#ffeb80', '#c887fb', '#9cc9cc', '#ff8197', '#f6c1a0', '#c5d5f6'];

/** The colour of an entity type ('B-PER' and 'PER' alike); stable across calls and notebooks. */
export function entityColor(type: string): string {
  const bare = type.replace(/^[BI]-/, '');
  const known = KNOWN[bare.toUpperCase()];
  if (known) return known;
  let hash = 0;
  for (const ch of bare) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}
