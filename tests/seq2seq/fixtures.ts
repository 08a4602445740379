// Tiny random T5 (v1 relu, v1.1 gated-gelu untied) and BART checkpoints in Hugging Face's
// layout, written by the PyTorch reference (reference.py, one long-lived process), with
// tokenizer.json files built here (T5: Unigram + Metaspace, </s> appended; BART: byte-level BPE).
import { promises as fs } from 'fs';
import * as path from 'path';
import { byteLevelBpeTokenizer, PythonReference, tempDir } from '../huggingface/fixtures';

export { PythonReference, tempDir };

export const SEQ2SEQ_REFERENCE = path.resolve(__dirname, '../../../tests/seq2seq/reference.py');

export type Variant = 't5' | 't5-gated' | 'bart';
export const VARIANTS: Variant[] = ['t5', 't5-gated', 'bart'];

const WORDS = ['the', 'film', 'was', 'good', 'bad', 'great', 'not', 'a', 'movie', 'very', 'plot', 'story', 'and', 'it', 'summary', 'of', 'long', 'text', 'short', 'news'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz.,!?'.split('');

/** A T5-style Unigram tokenizer.json: <pad> 0, </s> 1, <unk> 2; '▁' marks a word start. */
export function unigramTokenizer(): { tokenizer: object; config: object } {
  const special = ['<pad>', '</s>', '<unk>'];
  const pieces: Array<[string, number]> = [...special.map((t) => [t, 0] as [string, number]), ['▁', -2], ...WORDS.map((w) => [`▁${w}`, -3] as [string, number]), ...LETTERS.map((c) => [c, -6] as [string, number])];
  const added = special.map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true }));
  const metaspace = { type: 'Metaspace', replacement: '▁', add_prefix_space: true, prepend_scheme: 'always', split: true };
  return {
    tokenizer: {
      version: '1.0',
      truncation: null,
      padding: null,
      added_tokens: added,
      normalizer: null,
      pre_tokenizer: metaspace,
      post_processor: {
        type: 'TemplateProcessing',
        single: [{ Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '</s>', type_id: 0 } }],
        pair: [{ Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '</s>', type_id: 0 } }, { Sequence: { id: 'B', type_id: 0 } }, { SpecialToken: { id: '</s>', type_id: 0 } }],
        special_tokens: { '</s>': { id: '</s>', ids: [1], tokens: ['</s>'] } },
      },
      decoder: metaspace,
      model: { type: 'Unigram', unk_id: 2, vocab: pieces, byte_fallback: false },
    },
    config: { eos_token: '</s>', pad_token: '<pad>', unk_token: '<unk>', model_max_length: 512, tokenizer_class: 'T5Tokenizer' },
  };
}

const T5_VOCAB = 3 + 1 + WORDS.length + LETTERS.length;
const BART_VOCAB = Object.keys((byteLevelBpeTokenizer().tokenizer as { model: { vocab: object } }).model.vocab).length;

export function tinySeq2SeqConfig(variant: Variant): Record<string, unknown> {
  if (variant === 'bart') {
    return {
      model_type: 'bart', vocab_size: BART_VOCAB, d_model: 16, encoder_layers: 2, decoder_layers: 2, encoder_attention_heads: 4, decoder_attention_heads: 4,
      encoder_ffn_dim: 24, decoder_ffn_dim: 24, max_position_embeddings: 40, activation_function: 'gelu', scale_embedding: true, dropout: 0.1,
      attention_dropout: 0.0, activation_dropout: 0.0, pad_token_id: 1, bos_token_id: 0, eos_token_id: 2, decoder_start_token_id: 2, forced_bos_token_id: 0, forced_eos_token_id: 2,
    };
  }
  return {
    model_type: 't5', vocab_size: T5_VOCAB, d_model: 16, d_kv: 6, num_heads: 3, d_ff: 24, num_layers: 2, num_decoder_layers: 3,
    // Few buckets and a short max distance: short test sequences reach the logarithmic buckets.
    relative_attention_num_buckets: 8, relative_attention_max_distance: 20, layer_norm_epsilon: 1e-6, dropout_rate: 0.1,
    pad_token_id: 0, eos_token_id: 1, decoder_start_token_id: 0,
    ...(variant === 't5-gated' ? { feed_forward_proj: 'gated-gelu', tie_word_embeddings: false } : { feed_forward_proj: 'relu' }),
  };
}

export async function makeSeq2SeqCheckpoint(ref: PythonReference, variant: Variant, options: { seed?: number; config?: Record<string, unknown>; scale?: number } = {}): Promise<string> {
  const dir = await tempDir(`seq2seq-${variant}`);
  await ref.request({ op: 'make', dir, config: { ...tinySeq2SeqConfig(variant), ...options.config }, seed: options.seed ?? 0, ...(options.scale !== undefined ? { scale: options.scale } : {}) });
  const { tokenizer, config } = variant === 'bart' ? byteLevelBpeTokenizer() : unigramTokenizer();
  await fs.writeFile(path.join(dir, 'tokenizer.json'), JSON.stringify(tokenizer));
  await fs.writeFile(path.join(dir, 'tokenizer_config.json'), JSON.stringify(config));
  return dir;
}

/** A padded input batch for `variant`: rows of different lengths ending in eos, then padding. */
export function inputBatch(variant: Variant, vocabSize: number): number[][] {
  const bart = variant === 'bart';
  const [bos, eos, pad] = bart ? [0, 2, 1] : [-1, 1, 0];
  const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => 4 + ((seed * 7 + i * 11) % (vocabSize - 5)));
  const row = (n: number, seed: number, padding: number) => [...(bos >= 0 ? [bos] : []), ...words(n, seed), eos, ...new Array<number>(padding).fill(pad)];
  return [row(11, 1, 0), row(4, 2, 7), row(8, 3, 3)];
}

/** Teacher-forcing decoder inputs: the start token, then tokens (no padding: the decoder is causal). */
export function decoderBatch(variant: Variant, vocabSize: number): number[][] {
  const start = variant === 'bart' ? 2 : 0;
  const words = (seed: number) => Array.from({ length: 9 }, (_, i) => 4 + ((seed * 5 + i * 13) % (vocabSize - 5)));
  return [1, 2, 3].map((s) => [start, ...words(s)]);
}
