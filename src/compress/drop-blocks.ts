// tl.dropBlocks(model, { keep }): a USE-lite classifier with only its first `keep`
// transformer blocks, the rest of its weights copied — the usual way to start a
// shallower student for tl.distill (as DistilBERT starts from BERT's layers).
import type { TextModel } from '../models/types';
import { checkOptions } from '../options';
import { DROP_BLOCKS_SPEC } from './option-specs';
import { rebuildUseLite, useLiteBlocks } from './use-lite-blocks';

export interface DropBlocksOptions {
  /** How many of the lowest transformer blocks to keep (at least 1, fewer than the model has). */
  keep: number;
}

export async function dropBlocks(model: TextModel, options: DropBlocksOptions): Promise<TextModel> {
  const where = 'tl.dropBlocks(model, options)';
  checkOptions(where, 'options', options, DROP_BLOCKS_SPEC);
  const { blocks } = useLiteBlocks(model, where);
  const keep = options?.keep;
  if (!Number.isInteger(keep) || keep < 1 || keep >= blocks.length) {
    throw new Error(`${where}: options.keep must be an integer from 1 to ${blocks.length - 1} (the model has ${blocks.length} blocks), got ${keep}.`);
  }
  const plans = blocks.map((b, i) => (i < keep ? { heads: [...Array(b.heads).keys()], units: [...Array(b.ffnDim).keys()] } : null));
  return rebuildUseLite(model, plans, { blocks: keep }, where);
}
