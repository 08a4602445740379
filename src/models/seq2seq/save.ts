// tl.save(seq2seqModel, dir, { format: 'huggingface' }): config.json, model.safetensors and
// the tokenizer files, loadable by T5ForConditionalGeneration / BartForConditionalGeneration
// with no missing or unexpected keys (tied copies left out, as save_pretrained does).
import * as path from 'path';
import { replaceDirectory, writeDurable } from '../../io/atomic-dir';
import { SAFETENSORS_FILE, serializeSafetensors } from '../huggingface/safetensors';
import type { Seq2SeqModel } from './model';
import { collectSeq2SeqWeights } from './weights';

const ARCHITECTURE = { t5: 'T5ForConditionalGeneration', mt5: 'MT5ForConditionalGeneration', bart: 'BartForConditionalGeneration' } as const;

export function seq2seqFiles(model: Seq2SeqModel): Record<string, Uint8Array> {
  const cfg = model.arch;
  const config = { ...cfg.raw, architectures: [ARCHITECTURE[cfg.modelType]] };
  const text = new TextEncoder();
  const files: Record<string, Uint8Array> = {
    'config.json': text.encode(JSON.stringify(config, null, 2)),
    [SAFETENSORS_FILE]: serializeSafetensors(collectSeq2SeqWeights(model.parts)),
  };
  for (const [name, content] of Object.entries(model.tokenizer.files())) files[name] = text.encode(content);
  return files;
}

/** Writes `model` as a save_pretrained folder, replacing `dir` atomically. */
export async function saveSeq2Seq(model: Seq2SeqModel, dir: string): Promise<{ dir: string; files: Record<string, number> }> {
  const files = seq2seqFiles(model);
  const target = path.resolve(dir);
  await replaceDirectory(target, async (temp) => {
    for (const [name, data] of Object.entries(files)) await writeDurable(path.join(temp, name), data);
  });
  return { dir: target, files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.length])) };
}

/** tl.save's branch for encoder-decoders: they save in Hugging Face's format only (no TF.js topology: the tied lm_head shares a layer's weights). */
export async function saveSeq2SeqAs(model: Seq2SeqModel, dir: string, format: string | undefined): Promise<{ dir: string; files: Record<string, number> }> {
  if (format !== undefined && format !== 'huggingface') {
    throw new TypeError(`tl.save(model, dir, { format: '${format}' }): an encoder-decoder (T5, BART) saves as format 'huggingface' only; pass { format: 'huggingface' } or leave format out.`);
  }
  return saveSeq2Seq(model, dir);
}
