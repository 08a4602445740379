// The families transferlab ships, in the order loadPretrained asks them and the catalog lists them.
// A new family is one folder plus one line here.
import type { ModelFamily } from './family';
import { huggingfaceFamily } from './huggingface/family';
import { seq2seqFamily } from './seq2seq/family';
import { useLiteFamily } from './use-lite/family';
import { wordVectorsFamily } from './word-vectors/family';

export const BUILTIN_FAMILIES: readonly ModelFamily[] = [useLiteFamily, wordVectorsFamily, seq2seqFamily, huggingfaceFamily];
