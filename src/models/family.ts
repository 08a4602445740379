// One descriptor per model family (USE-lite, word vectors, Hugging Face encoders, ...):
// everything the rest of transferlab needs to know about a family, so that adding
// one touches one folder. loadPretrained, the catalog, deploy's load, the tokenizer
// registry and the TextModel consult the registered descriptors instead of naming
// families themselves.
import type { tf } from '../tf';
import type { Tokenizer, TokenizerJSON } from '../tokenizers/types';
import type { CatalogEntry } from './catalog-entry';
import type { LoadPretrainedOptions, Pretrained } from './pretrained';

/** A faster inference path for an encoder of this family (USE-lite packs texts side by side). */
export interface FastEncoder {
  /** Token ids per text (unpadded) -> the encoder's output for each text, [texts, ...]. */
  encode(ids: number[][]): tf.Tensor;
}

export interface ModelFamily {
  /** Short id, e.g. 'use-lite', 'word-vectors', 'huggingface'. */
  readonly name: string;
  /** Catalog entries this family provides (tl.models.list()). */
  readonly catalog: readonly CatalogEntry[];
  /** True when this family loads `ref` (one of its catalog names, an 'hf:' reference, a folder it recognises). Asked in registration order. */
  handles(ref: string): boolean;
  load(ref: string, options: LoadPretrainedOptions): Promise<Pretrained>;
  /** Registers the custom layer classes a saved topology of this family may name; safe to call more than once. */
  registerLayers?(): void;
  /** Rebuilders for the tokenizer kinds (TokenizerJSON.kind) this family uses. */
  readonly tokenizers?: Readonly<Record<string, (json: TokenizerJSON) => Tokenizer>>;
  /** A fast inference path for `encoder` when it is one of this family's; undefined otherwise. */
  fastEncoder?(encoder: tf.LayersModel): FastEncoder | undefined;
}
