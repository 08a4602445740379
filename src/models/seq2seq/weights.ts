// Moving a checkpoint's tensors (HF names) into the seq2seq layers, and back out.
import * as path from 'path';
import type { HfName } from '../huggingface/names';
import type { TensorMap } from '../huggingface/safetensors';
import { assignWeights, collectWeights } from '../huggingface/weights';
import { weightedLayers, type Seq2SeqParts } from './architecture';
import type { SpecLayer } from './layers/spec-layer';
import { sharedAliases } from './weight-specs';

function namesOf(layer: SpecLayer): Map<string, HfName> {
  return new Map(layer.specs().map((s) => [s.local, { name: s.hf, transpose: s.transpose }]));
}

/** Writes the checkpoint's tensors into every layer; errors name the tensor and the file. */
export function loadSeq2SeqWeights(parts: Seq2SeqParts, tensors: TensorMap, dir: string): void {
  const file = path.join(dir, 'model.safetensors');
  const sharedName = parts.shared.specs()[0].hf;
  if (!tensors.has(sharedName)) {
    // save_pretrained keeps one of the tied names; older checkpoints keep the stacks' own.
    const alias = sharedAliases(parts.cfg).find((n) => tensors.has(n));
    if (alias) tensors.set(sharedName, tensors.get(alias)!);
  }
  for (const layer of weightedLayers(parts)) assignWeights(layer.namedWeights(), namesOf(layer), tensors, file, true);
}

/** Every weight under its HF name, in HF's layout: what save_pretrained writes (tied copies left out). */
export function collectSeq2SeqWeights(parts: Seq2SeqParts): TensorMap {
  const out: TensorMap = new Map();
  for (const layer of weightedLayers(parts)) collectWeights(layer.namedWeights(), namesOf(layer), out);
  return out;
}
