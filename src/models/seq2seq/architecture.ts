// The encoder-decoder as named layers (HF-mirroring names, so freezing by name and layer
// groups work), wired twice: as a functional tf.LayersModel (inputs input_ids and
// decoder_input_ids, output logits) and as plain functions for training and generation.
import { tf } from '../../tf';
import type { Seq2SeqConfig } from './config';
import { CausalBias, PaddingBias, T5PositionBias } from './layers/bias';
import { Seq2SeqBlock, type KeyValues } from './layers/block';
import { BartEmbed, SharedEmbedding } from './layers/embedding';
import { LmHead, T5FinalNorm } from './layers/head';
import { SeededDropout } from './layers/spec-layer';

export interface Seq2SeqParts {
  cfg: Seq2SeqConfig;
  shared: SharedEmbedding;
  paddingBias: PaddingBias;
  /** BART: scale + positions + layernorm_embedding. */
  encoderEmbed?: BartEmbed;
  decoderEmbed?: BartEmbed;
  /** T5: dropout on the embeddings. */
  encoderDropout?: tf.layers.Layer;
  decoderDropout?: tf.layers.Layer;
  /** T5: relative position biases. */
  encoderPositionBias?: T5PositionBias;
  decoderPositionBias?: T5PositionBias;
  /** BART: the decoder's causal mask. */
  causalBias?: CausalBias;
  encoderBlocks: Seq2SeqBlock[];
  decoderBlocks: Seq2SeqBlock[];
  encoderFinalNorm?: T5FinalNorm;
  decoderFinalNorm?: T5FinalNorm;
  lmHead: LmHead;
}

/** Every layer that holds weights, in load/save order. */
export function weightedLayers(p: Seq2SeqParts): Array<SharedEmbedding | BartEmbed | T5PositionBias | Seq2SeqBlock | T5FinalNorm | LmHead> {
  return [p.shared, p.encoderEmbed, p.encoderPositionBias, ...p.encoderBlocks, p.encoderFinalNorm, p.decoderEmbed, p.decoderPositionBias, ...p.decoderBlocks, p.decoderFinalNorm, p.lmHead].filter(
    (l): l is NonNullable<typeof l> => l !== undefined,
  );
}

export function createParts(cfg: Seq2SeqConfig): Seq2SeqParts {
  const { raw: _raw, ...plain } = cfg;
  const base = { cfg: plain };
  const shared = new SharedEmbedding({ ...base, name: 'shared' });
  const t5 = cfg.style === 't5';
  const parts: Seq2SeqParts = {
    cfg,
    shared,
    paddingBias: new PaddingBias({ name: 'padding_bias', padId: cfg.padTokenId }),
    encoderBlocks: Array.from({ length: cfg.encoderLayers }, (_, i) => new Seq2SeqBlock({ ...base, name: `encoder_block_${i}`, part: 'encoder', index: i })),
    decoderBlocks: Array.from({ length: cfg.decoderLayers }, (_, i) => new Seq2SeqBlock({ ...base, name: `decoder_block_${i}`, part: 'decoder', index: i })),
    lmHead: new LmHead({ ...base, name: 'lm_head', ...(cfg.tieWordEmbeddings ? { shared } : {}) }),
  };
  if (t5) {
    parts.encoderDropout = new SeededDropout({ rate: cfg.dropout, name: 'encoder_dropout' });
    parts.decoderDropout = new SeededDropout({ rate: cfg.dropout, name: 'decoder_dropout' });
    parts.encoderPositionBias = new T5PositionBias({ ...base, name: 'encoder_position_bias', part: 'encoder' });
    parts.decoderPositionBias = new T5PositionBias({ ...base, name: 'decoder_position_bias', part: 'decoder' });
    parts.encoderFinalNorm = new T5FinalNorm({ ...base, name: 'encoder_final_layer_norm', part: 'encoder' });
    parts.decoderFinalNorm = new T5FinalNorm({ ...base, name: 'decoder_final_layer_norm', part: 'decoder' });
  } else {
    parts.encoderEmbed = new BartEmbed({ ...base, name: 'encoder_embed', part: 'encoder' });
    parts.decoderEmbed = new BartEmbed({ ...base, name: 'decoder_embed', part: 'decoder' });
    parts.causalBias = new CausalBias({ name: 'causal_bias' });
  }
  return parts;
}

type Apply = (layer: tf.layers.Layer, inputs: unknown) => unknown;

/** The wiring, once, for symbolic and concrete tensors alike. */
function wire<T>(p: Seq2SeqParts, ids: T, decoderIds: T, apply: Apply): T {
  const a = (layer: tf.layers.Layer, inputs: unknown) => apply(layer, inputs) as T;
  const encoder = encoderWith(p, ids, a);
  return decoderWith(p, encoder.hidden, encoder.padding, decoderIds, a);
}

function encoderWith<T>(p: Seq2SeqParts, ids: T, a: (layer: tf.layers.Layer, inputs: unknown) => T): { hidden: T; padding: T } {
  const padding = a(p.paddingBias, ids);
  let x = a(p.shared, ids);
  x = p.encoderEmbed ? a(p.encoderEmbed, x) : a(p.encoderDropout!, x);
  const bias = p.encoderPositionBias ? a(p.encoderPositionBias, padding) : padding;
  for (const block of p.encoderBlocks) x = a(block, [x, bias]);
  if (p.encoderFinalNorm) x = a(p.encoderFinalNorm, x);
  return { hidden: x, padding };
}

function decoderWith<T>(p: Seq2SeqParts, encoder: T, padding: T, decoderIds: T, a: (layer: tf.layers.Layer, inputs: unknown) => T): T {
  let y = a(p.shared, decoderIds);
  y = p.decoderEmbed ? a(p.decoderEmbed, y) : a(p.decoderDropout!, y);
  const selfBias = p.decoderPositionBias ? a(p.decoderPositionBias, decoderIds) : a(p.causalBias!, decoderIds);
  for (const block of p.decoderBlocks) y = a(block, [y, selfBias, encoder, padding]);
  if (p.decoderFinalNorm) y = a(p.decoderFinalNorm, y);
  return a(p.lmHead, y);
}

/** The functional model: [input_ids, decoder_input_ids] -> logits [batch, decoderLength, vocab]. */
export function buildSeq2SeqModel(p: Seq2SeqParts, name = 'seq2seq'): tf.LayersModel {
  const ids = tf.input({ shape: [null], dtype: 'int32', name: 'input_ids' });
  const decoderIds = tf.input({ shape: [null], dtype: 'int32', name: 'decoder_input_ids' });
  const logits = wire(p, ids, decoderIds, (layer, inputs) => layer.apply(inputs as tf.SymbolicTensor | tf.SymbolicTensor[]));
  return tf.model({ inputs: [ids, decoderIds], outputs: logits as tf.SymbolicTensor, name });
}

const concrete = (training: boolean): Apply => (layer, inputs) => layer.apply(inputs as tf.Tensor | tf.Tensor[], { training });

/** Teacher-forced logits [batch, decoderLength, vocab] (training: dropout on). Caller disposes. */
export function forward(p: Seq2SeqParts, ids: tf.Tensor, decoderIds: tf.Tensor, training = false): tf.Tensor {
  return tf.tidy(() => wire(p, ids, decoderIds, concrete(training)));
}

/** The encoder's last hidden states [batch, length, d] and the padding bias. Caller disposes. */
export function runEncoder(p: Seq2SeqParts, ids: tf.Tensor): { hidden: tf.Tensor; padding: tf.Tensor } {
  return tf.tidy(() => encoderWith(p, ids, concrete(false) as (l: tf.layers.Layer, i: unknown) => tf.Tensor));
}

/** What the decoder keeps between generation steps. */
export interface DecoderCache {
  /** Decoded positions so far. */
  length: number;
  /** Per block: self-attention keys/values of the decoded positions (undefined before the first step). */
  self: Array<KeyValues | undefined>;
  /** Per block: cross-attention keys/values of the encoder output (computed once). */
  cross: KeyValues[];
  padding: tf.Tensor;
}

export function startCache(p: Seq2SeqParts, encoder: tf.Tensor, padding: tf.Tensor): DecoderCache {
  return { length: 0, self: p.decoderBlocks.map(() => undefined), cross: p.decoderBlocks.map((b) => b.crossKeyValues(encoder)), padding: tf.keep(tf.clone(padding)) };
}

export function disposeCache(cache: DecoderCache): void {
  for (const kv of [...cache.self, ...cache.cross]) if (kv) tf.dispose([kv.k, kv.v]);
  cache.padding.dispose();
}

/** Reorders the cache's batch rows (beam search's parent beams). */
export function reorderCache(cache: DecoderCache, rows: number[]): DecoderCache {
  const index = tf.tensor1d(rows, 'int32');
  const pick = (kv: KeyValues | undefined) => (kv ? { k: tf.gather(kv.k, index), v: tf.gather(kv.v, index) } : undefined);
  const out: DecoderCache = { length: cache.length, self: cache.self.map(pick), cross: cache.cross.map((kv) => pick(kv)!), padding: tf.gather(cache.padding, index) };
  index.dispose();
  disposeCache(cache);
  return out;
}

/**
 * One decoding step with the cache: logits [batch, vocab] of the next token after `tokens`
 * ([batch, 1], the last decoded token). The cache grows by one position (old tensors freed).
 */
export function decodeStep(p: Seq2SeqParts, cache: DecoderCache, tokens: tf.Tensor): tf.Tensor {
  const offset = cache.length;
  const result = tf.tidy(() => {
    let y = p.shared.apply(tokens) as tf.Tensor;
    y = p.decoderEmbed ? p.decoderEmbed.embed(y, offset, false) : y;
    const selfBias = p.decoderPositionBias ? p.decoderPositionBias.decoderBias(1, offset) : tf.zeros([1, 1, 1, offset + 1]);
    const grown: KeyValues[] = [];
    p.decoderBlocks.forEach((block, i) => {
      const step = block.decode(y, selfBias, cache.cross[i], cache.padding, cache.self[i], false);
      y = step.out;
      grown.push(step.self);
    });
    if (p.decoderFinalNorm) y = p.decoderFinalNorm.apply(y) as tf.Tensor;
    const logits = tf.squeeze(p.lmHead.apply(y) as tf.Tensor, [1]);
    return { logits, grown: grown.flatMap((kv) => [kv.k, kv.v]) };
  });
  for (const kv of cache.self) if (kv) tf.dispose([kv.k, kv.v]);
  cache.self = cache.self.map((_, i) => ({ k: result.grown[2 * i], v: result.grown[2 * i + 1] }));
  cache.length = offset + 1;
  return result.logits;
}

/**
 * The same logits without a cache: the whole prefix `decoded` [batch, steps] runs through the
 * decoder again (the reference the cache is tested and benchmarked against).
 */
export function decodeFull(p: Seq2SeqParts, encoder: tf.Tensor, padding: tf.Tensor, decoded: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const logits = decoderWith(p, encoder, padding, decoded, concrete(false) as (l: tf.layers.Layer, i: unknown) => tf.Tensor);
    const steps = decoded.shape[1] as number;
    return tf.squeeze(tf.slice(logits, [0, steps - 1, 0], [-1, 1, -1]), [1]);
  });
}
