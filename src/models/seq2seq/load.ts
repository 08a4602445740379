// A save_pretrained folder of a T5 / BART checkpoint -> a Seq2SeqModel.
import { promises as fs } from 'fs';
import * as path from 'path';
import { HuggingFaceError } from '../huggingface/errors';
import { readCheckpointTensors } from '../huggingface/safetensors';
import { loadTokenizer } from '../huggingface/tokenizer';
import { buildSeq2SeqModel, createParts } from './architecture';
import { parseSeq2SeqConfig } from './config';
import { Seq2SeqModel } from './model';
import { loadSeq2SeqWeights } from './weights';

export async function readConfig(dir: string): Promise<Record<string, unknown>> {
  const file = path.join(dir, 'config.json');
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new HuggingFaceError('BAD_CONFIG', file, missing ? `the folder ${dir} has no config.json.` : `config.json is not JSON (${(error as Error).message}).`, 'point at a folder written by save_pretrained() (config.json, model.safetensors, tokenizer.json).');
  }
}

export async function loadSeq2Seq(dir: string, options: { name?: string } = {}): Promise<Seq2SeqModel> {
  const cfg = parseSeq2SeqConfig(await readConfig(dir), path.join(dir, 'config.json'));
  const tokenizer = await loadTokenizer(dir);
  const tensors = await readCheckpointTensors(dir);
  const parts = createParts(cfg);
  const model = buildSeq2SeqModel(parts);
  try {
    loadSeq2SeqWeights(parts, tensors, dir);
  } catch (error) {
    model.dispose();
    throw error;
  }
  return new Seq2SeqModel(model, parts, tokenizer, options.name ?? dir);
}
