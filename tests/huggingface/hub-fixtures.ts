// Small model folders for the hub tests: placeholder JSON and random bytes, in
// the file names save_pretrained writes (the resolver only moves bytes).
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { RepoFiles } from './hub-server';

export function bertLike(weightBytes = 4096): RepoFiles {
  return {
    'config.json': JSON.stringify({ model_type: 'bert', hidden_size: 8 }),
    'model.safetensors': randomBytes(weightBytes),
    'tokenizer.json': JSON.stringify({ version: '1.0', model: { type: 'WordPiece' } }),
    'tokenizer_config.json': JSON.stringify({ do_lower_case: true }),
    // no special_tokens_map.json: optional files may be absent
  };
}

export function shardedSentenceTransformer(): RepoFiles {
  return {
    'config.json': JSON.stringify({ model_type: 'bert' }),
    'model.safetensors.index.json': JSON.stringify({
      metadata: { total_size: 3000 },
      weight_map: { 'a.weight': 'model-00001-of-00002.safetensors', 'b.weight': 'model-00002-of-00002.safetensors', 'c.weight': 'model-00001-of-00002.safetensors' },
    }),
    'model-00001-of-00002.safetensors': randomBytes(2000),
    'model-00002-of-00002.safetensors': randomBytes(1000),
    'tokenizer.json': '{}',
    'tokenizer_config.json': '{}',
    'special_tokens_map.json': '{}',
    'modules.json': JSON.stringify([
      { idx: 0, name: '0', path: '', type: 'sentence_transformers.models.Transformer' },
      { idx: 1, name: '1', path: '1_Pooling', type: 'sentence_transformers.models.Pooling' },
      { idx: 2, name: '2', path: '2_Normalize', type: 'sentence_transformers.models.Normalize' },
    ]),
    '1_Pooling/config.json': JSON.stringify({ word_embedding_dimension: 8, pooling_mode_mean_tokens: true }),
  };
}

/** Asserts every served file is in `folder` byte for byte. */
export function sameFiles(folder: string, files: RepoFiles): boolean {
  return Object.entries(files).every(([name, content]) => {
    const local = path.join(folder, name);
    return fs.existsSync(local) && fs.readFileSync(local).equals(Buffer.from(content));
  });
}
