// Word tokens with character offsets for the gold NER set: every run of letters, marks and
// digits is a token and every other non-space character is a token of its own, so that entity
// boundaries (which start and end on such characters) always fall on token boundaries.

export interface GoldToken {
  text: string;
  start: number;
  end: number;
}

export interface GoldEntity {
  type: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|\S/gu;

export function goldTokens(text: string): GoldToken[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/** IOB2 tags of tokens for entities given by character offsets; throws when an entity does not sit on token boundaries. */
export function iob2Tags(tokens: readonly GoldToken[], entities: readonly GoldEntity[], where = 'text'): string[] {
  const tags = tokens.map(() => 'O');
  for (const e of entities) {
    const first = tokens.findIndex((t) => t.start === e.start);
    const last = tokens.findIndex((t) => t.end === e.end);
    if (first < 0 || last < first) throw new Error(`${where}: entity ${e.type} ${e.start}-${e.end} does not start and end on token boundaries`);
    for (let i = first; i <= last; i++) {
      if (tags[i] !== 'O') throw new Error(`${where}: entities overlap at token ${i}`);
      tags[i] = `${i === first ? 'B' : 'I'}-${e.type}`;
    }
  }
  return tags;
}

/** Character-offset entities back from IOB2 (or IOB1) tags over tokens. */
export function entitiesFromTags(tokens: readonly GoldToken[], tags: readonly string[]): GoldEntity[] {
  const out: GoldEntity[] = [];
  let open: GoldEntity | undefined;
  tags.forEach((tag, i) => {
    const type = tag.slice(2);
    const continues = tag.startsWith('I-') && open?.type === type;
    if (continues) open!.end = tokens[i].end;
    else {
      if (open) out.push(open);
      open = tag === 'O' ? undefined : { type, start: tokens[i].start, end: tokens[i].end };
    }
  });
  if (open) out.push(open);
  return out;
}
