// CoNLL-style token classification files: one token per line, whitespace-separated
// columns (token first, tag last by default), sentences separated by blank lines,
// -DOCSTART- lines ignored. IOB1 and IOB2 are both read; tags come out as IOB2.

export interface TaggedSentence {
  tokens: string[];
  tags: string[];
  /** 1-based line of the sentence's first token, for error messages. */
  line: number;
}

/** IOB1 starts a chunk with I- unless it follows the same type; IOB2 always starts with B-. */
export function toIob2(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const previous = i > 0 ? tags[i - 1] : 'O';
    return previous === 'O' || previous.slice(2) !== tag.slice(2) ? `B-${tag.slice(2)}` : tag;
  });
}

export function parseConll(text: string, file: string, options: { tagColumn?: number } = {}): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let current: TaggedSentence | undefined;
  let width = 0;
  let widthLine = 0;
  const close = () => {
    if (current) sentences.push({ ...current, tags: toIob2(current.tags) });
    current = undefined;
  };
  text.split(/\r?\n/).forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.trim();
    if (line === '') return close();
    if (line.startsWith('-DOCSTART-')) return close();
    const columns = line.split(/\s+/);
    if (!width) {
      width = columns.length;
      widthLine = lineNo;
      if (width < 2) throw new Error(`${file}:${lineNo}: expected at least 2 columns (token and tag), found 1: '${line}'`);
    } else if (columns.length !== width) {
      throw new Error(
        `${file}:${lineNo}: expected ${width} columns (as on line ${widthLine}), found ${columns.length}: '${line}'`,
      );
    }
    const tag = columns[options.tagColumn ?? width - 1];
    if (tag === undefined) throw new Error(`${file}:${lineNo}: tagColumn ${options.tagColumn} is past the last column (${width - 1})`);
    if (!/^(O|[BI]-.+)$/.test(tag)) {
      throw new Error(`${file}:${lineNo}: tag '${tag}' is not IOB (O, B-TYPE or I-TYPE); IOBES/BILOU tags must be converted first`);
    }
    current ??= { tokens: [], tags: [], line: lineNo };
    current.tokens.push(columns[0]);
    current.tags.push(tag);
  });
  close();
  if (sentences.length === 0) throw new Error(`${file} holds no tagged tokens: expected lines 'TOKEN ... TAG' with blank lines between sentences`);
  return sentences;
}
