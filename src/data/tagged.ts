// Token classification frames hold one sentence per row with space-joined `tokens`
// and `tags` (CoNLL tokens never contain whitespace); this splits them back.
import { type DataFrame, columnValues } from './frame';
import { checkOptions } from '../options';
import { TAGGED_SPEC } from './option-specs';

export interface TaggedSentences {
  tokens: string[][];
  tags: string[][];
}

export function taggedSentences(df: DataFrame, options: { tokens?: string; tags?: string } = {}): TaggedSentences {
  checkOptions('tl.data.taggedSentences(df, options)', 'options', options, TAGGED_SPEC);
  const tokenColumn = options.tokens ?? 'tokens';
  const tagColumn = options.tags ?? 'tags';
  const split = (v: unknown) => String(v ?? '').split(' ').filter((t) => t !== '');
  const tokens = columnValues(df, tokenColumn, 'tokens').map(split);
  const tags = columnValues(df, tagColumn, 'tags').map(split);
  tokens.forEach((t, row) => {
    if (t.length !== tags[row].length) {
      throw new Error(`row ${row} has ${t.length} tokens but ${tags[row].length} tags; columns '${tokenColumn}' and '${tagColumn}' must align`);
    }
  });
  return { tokens, tags };
}
