// sentence-transformers folders (modules.json, 1_Pooling/config.json, an optional Normalize
// module): a base whose non-sequence encoder ends in their pooling, with embed() like USE-lite.
import { promises as fs } from 'fs';
import * as path from 'path';
import { tf } from '../../tf';
import { HuggingFaceBase } from './base';
import type { SentencePooling } from './encoder';
import { HuggingFaceError } from './errors';

interface ModuleEntry {
  path: string;
  type: string;
}

/** The pooling a sentence-transformers folder declares; undefined when `dir` has no modules.json. */
export async function readSentencePooling(dir: string): Promise<SentencePooling | undefined> {
  const modulesFile = path.join(dir, 'modules.json');
  let modules: ModuleEntry[];
  try {
    modules = JSON.parse(await fs.readFile(modulesFile, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new HuggingFaceError('BAD_CONFIG', modulesFile, `modules.json is not JSON (${(error as Error).message}).`, 'download or save the sentence-transformers model again.');
  }
  const pooling = modules.find((m) => m.type.endsWith('.Pooling'));
  if (!pooling) throw new HuggingFaceError('BAD_CONFIG', modulesFile, 'modules.json lists no Pooling module.', 'save the model with sentence-transformers, which writes 1_Pooling/config.json.');
  const configFile = path.join(dir, pooling.path, 'config.json');
  const config = JSON.parse(await fs.readFile(configFile, 'utf8')) as Record<string, unknown>;
  const mode = config.pooling_mode_mean_tokens ? 'mean' : config.pooling_mode_cls_token ? 'cls' : undefined;
  if (!mode) throw new HuggingFaceError('BAD_CONFIG', configFile, 'only mean and cls pooling are supported.', "set pooling_mode_mean_tokens or pooling_mode_cls_token to true.");
  return { mode, normalize: modules.some((m) => m.type.endsWith('.Normalize')) };
}

/** A sentence-transformers model: a base (tl.classifier on its pooled embeddings) with embed(). */
export class SentenceTransformer extends HuggingFaceBase {
  private inference: tf.LayersModel | undefined;

  /** The embedding width. */
  get dim(): number {
    return this.arch.hiddenSize;
  }

  /** Sentence embeddings [texts, dim] (truncated to maxLength). Caller disposes. */
  embed(texts: string[], options: { batchSize?: number } = {}): tf.Tensor2D {
    this.inference ??= this.buildEncoder();
    const model = this.inference;
    const batch = options.batchSize ?? 32;
    const parts: tf.Tensor[] = [];
    for (let i = 0; i < texts.length; i += batch) {
      const ids = texts.slice(i, i + batch).map((t) => this.tokenizer.encode(t).slice(0, this.maxLength));
      const width = Math.max(...ids.map((r) => r.length));
      const padded = ids.map((r) => [...r, ...new Array(width - r.length).fill(this.tokenizer.padId)]);
      parts.push(tf.tidy(() => model.predict(tf.tensor2d(padded, [padded.length, width], 'int32')) as tf.Tensor));
    }
    if (parts.length === 0) return tf.zeros([0, this.dim]);
    const out = tf.concat(parts, 0) as tf.Tensor2D;
    tf.dispose(parts);
    return out;
  }
}
