// Entity-level precision/recall/F1 for IOB tagging with seqeval's default mode, which
// follows conlleval: an entity is a maximal chunk of one type, an I- tag after O or after
// another type starts a new chunk (IOB1 and IOB2 read alike), E-/S- close chunks.
// A predicted entity counts only if its type, start and end all match a true one.

export interface EntityScores {
  precision: number;
  recall: number;
  f1: number;
  /** Number of true entities of the type. */
  support: number;
}

export interface EntityF1Result extends Omit<EntityScores, 'support'> {
  /** Per entity type, sorted by type name. */
  perType: Record<string, EntityScores>;
  /** True entities in all. */
  support: number;
}

export interface Entity {
  type: string;
  start: number;
  end: number;
}

function tagParts(chunk: string): { tag: string; type: string } {
  const tag = chunk.slice(0, 1);
  const rest = chunk.slice(1);
  const dash = rest.indexOf('-');
  const type = (dash === -1 ? rest : rest.slice(dash + 1)) || '_';
  return { tag, type };
}

function endOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (prevTag === 'E' || prevTag === 'S') return true;
  if ((prevTag === 'B' || prevTag === 'I') && (tag === 'B' || tag === 'S' || tag === 'O')) return true;
  return prevTag !== 'O' && prevTag !== '.' && prevType !== type;
}

function startOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (tag === 'B' || tag === 'S') return true;
  if ((prevTag === 'E' || prevTag === 'S' || prevTag === 'O') && (tag === 'E' || tag === 'I')) return true;
  return tag !== 'O' && tag !== '.' && prevType !== type;
}

/** Entities of tagged sentences, with offsets into the sentences joined by one 'O' each (as seqeval does). */
export function getEntities(sentences: readonly (readonly string[])[]): Entity[] {
  const flat: string[] = [];
  sentences.forEach((s) => flat.push(...s, 'O'));
  const entities: Entity[] = [];
  let prevTag = 'O';
  let prevType = '';
  let begin = 0;
  [...flat, 'O'].forEach((chunk, i) => {
    const { tag, type } = tagParts(chunk);
    if (endOfChunk(prevTag, tag, prevType, type)) entities.push({ type: prevType, start: begin, end: i - 1 });
    if (startOfChunk(prevTag, tag, prevType, type)) begin = i;
    prevTag = tag;
    prevType = type;
  });
  return entities;
}

function checkTags(trueTags: readonly (readonly string[])[], predTags: readonly (readonly string[])[]): void {
  if (!Array.isArray(trueTags) || !Array.isArray(predTags)) {
    throw new TypeError('entityF1 takes two arrays of sentences, each an array of tags like ["B-PER", "I-PER", "O"].');
  }
  if (trueTags.length !== predTags.length) {
    throw new RangeError(`trueTags has ${trueTags.length} sentences but predTags has ${predTags.length}: give one per sentence.`);
  }
  trueTags.forEach((sentence, i) => {
    if (!Array.isArray(sentence) || !Array.isArray(predTags[i])) {
      throw new TypeError(`sentence ${i} is not an array of tags in both trueTags and predTags.`);
    }
    if (sentence.length !== predTags[i].length) {
      throw new RangeError(
        `sentence ${i} has ${sentence.length} true tags but ${predTags[i].length} predicted tags: tag every token once.`,
      );
    }
    [...sentence, ...predTags[i]].forEach((t) => {
      if (typeof t !== 'string') throw new TypeError(`sentence ${i} holds a tag that is not a string: ${String(t)}.`);
    });
  });
}

function scores(tp: number, predicted: number, support: number): EntityScores {
  // seqeval's default zero_division ('warn') makes an undefined ratio 0.
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = support === 0 ? 0 : tp / support;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support };
}

export function entityF1(
  trueTags: readonly (readonly string[])[],
  predTags: readonly (readonly string[])[],
): EntityF1Result {
  checkTags(trueTags, predTags);
  const key = (e: Entity) => `${e.type}\u0000${e.start}\u0000${e.end}`;
  const trueEntities = getEntities(trueTags);
  const predEntities = getEntities(predTags);
  const trueKeys = new Set(trueEntities.map(key));
  const types = [...new Set([...trueEntities, ...predEntities].map((e) => e.type))].sort();
  const perType: Record<string, EntityScores> = {};
  for (const type of types) {
    const t = trueEntities.filter((e) => e.type === type);
    const p = predEntities.filter((e) => e.type === type);
    perType[type] = scores(p.filter((e) => trueKeys.has(key(e))).length, p.length, t.length);
  }
  const tp = predEntities.filter((e) => trueKeys.has(key(e))).length;
  const { precision, recall, f1 } = scores(tp, predEntities.length, trueEntities.length);
  return { precision, recall, f1, perType, support: trueEntities.length };
}
