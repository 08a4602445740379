// The seq2seq family descriptor: T5 / BART save_pretrained folders and the catalog's hub
// checkpoints (downloaded through the Hugging Face cache). Registered before the encoder
// family, which answers every other 'hf:' reference.
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import type { ModelFamily } from '../family';
import type { CatalogEntry } from '../catalog-entry';
import type { Pretrained } from '../pretrained';
import { resolveHuggingFace } from '../huggingface/hub/resolve';
import { SEQ2SEQ_ENTRIES } from './catalog-entries';
import { isSeq2SeqType } from './config';
import { CausalBias, PaddingBias, T5PositionBias } from './layers/bias';
import { Seq2SeqBlock } from './layers/block';
import { BartEmbed, SharedEmbedding } from './layers/embedding';
import { LmHead, T5FinalNorm } from './layers/head';
import { loadSeq2Seq } from './load';
import type { Seq2SeqModel } from './model';

declare module '../pretrained' {
  interface PretrainedTypes {
    't5-small': Seq2SeqModel;
    'google/flan-t5-small': Seq2SeqModel;
    'facebook/bart-base': Seq2SeqModel;
    'sshleifer/distilbart-cnn-12-6': Seq2SeqModel;
  }
}

/** True when `dir` holds a config.json whose model_type is T5 or BART. */
export function isSeq2SeqFolder(dir: string): boolean {
  const file = path.join(dir, 'config.json');
  if (!existsSync(file)) return false;
  try {
    return isSeq2SeqType(JSON.parse(readFileSync(file, 'utf8')).model_type);
  } catch {
    return false;
  }
}

export interface Seq2SeqFamilyOptions {
  resolve?: (ref: string) => Promise<string>;
  catalog?: readonly CatalogEntry[];
}

export function createSeq2SeqFamily(options: Seq2SeqFamilyOptions = {}): ModelFamily {
  const catalog = options.catalog ?? [];
  const entry = (ref: string) => catalog.find((e) => e.name === ref || (e.source.kind === 'huggingface' && (ref === `hf:${e.source.repo}` || ref === `hf:${e.name}`)));
  return {
    name: 'seq2seq',
    catalog,
    handles(ref: string): boolean {
      if (entry(ref)) return options.resolve !== undefined;
      return isSeq2SeqFolder(ref.startsWith('file://') ? ref.slice('file://'.length) : ref);
    },
    async load(ref: string): Promise<Pretrained> {
      const known = entry(ref);
      let dir = ref.startsWith('file://') ? ref.slice('file://'.length) : ref;
      if (known && known.source.kind === 'huggingface') {
        if (!options.resolve) throw new Error(`seq2seq family: no resolver for '${ref}'; pass a local save_pretrained folder.`);
        dir = await options.resolve(`hf:${known.source.repo}@${known.source.revision}`);
      }
      return (await loadSeq2Seq(dir, { name: ref })) as unknown as Pretrained;
    },
    registerLayers(): void {
      void [SharedEmbedding, BartEmbed, PaddingBias, CausalBias, T5PositionBias, Seq2SeqBlock, T5FinalNorm, LmHead];
    },
  };
}

export const seq2seqFamily: ModelFamily = createSeq2SeqFamily({ resolve: (ref) => resolveHuggingFace(ref), catalog: SEQ2SEQ_ENTRIES });
