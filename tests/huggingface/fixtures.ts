// Tiny random checkpoints in Hugging Face's layout, written by the PyTorch reference
// (reference.py, one long-lived process), plus tokenizer.json files built here.
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createInterface } from 'readline';

export type Family = 'bert' | 'distilbert' | 'roberta' | 'xlm-roberta' | 'electra';
export type Head = 'base' | 'sequence-classification' | 'token-classification' | 'question-answering';

const REFERENCE = path.resolve(__dirname, '../../../tests/huggingface/reference.py');

/** One Python process answering JSON requests line by line (starting torch once saves seconds per check). */
export class PythonReference {
  private readonly proc: ChildProcessWithoutNullStreams;
  private readonly pending: Array<(line: string) => void> = [];
  private stderr = '';
  private exited: Error | undefined;
  private readonly script: string;

  /** `script` serves other ops on the same protocol (bench/hf's PyTorch side); `env` replaces the child's environment. */
  constructor(options: { script?: string; env?: NodeJS.ProcessEnv } = {}) {
    this.script = options.script ?? REFERENCE;
    this.proc = spawn('/usr/bin/python3', [this.script], { stdio: 'pipe', env: options.env ?? process.env });
    this.proc.stderr.on('data', (d) => (this.stderr += d));
    createInterface({ input: this.proc.stdout }).on('line', (line) => this.pending.shift()?.(line));
    this.proc.on('exit', (code) => {
      this.exited = new Error(`${path.basename(this.script)} exited (${code}): ${this.stderr}`);
      for (const waiting of this.pending.splice(0)) waiting('');
    });
  }

  async request<T = Record<string, unknown>>(req: Record<string, unknown>): Promise<T> {
    if (this.exited) throw this.exited;
    const line = await new Promise<string>((resolve) => {
      this.pending.push(resolve);
      this.proc.stdin.write(JSON.stringify(req) + '\n');
    });
    if (this.exited) throw this.exited;
    const out = JSON.parse(line) as { ok: boolean; error?: string } & T;
    if (!out.ok) throw new Error(`${path.basename(this.script)} ${String(req.op)}: ${out.error}`);
    return out;
  }

  close(): void {
    this.proc.stdin.end();
  }
}

export async function tempDir(name: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `tl-hf-${name}-`));
}

// ---- tokenizer.json files --------------------------------------------------------------

const added = (content: string, id: number) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });

export const WORDPIECE_VOCAB = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]', 'the', 'film', 'was', 'good', 'bad', 'great', 'not', 'a', 'movie', '##s', '##ly', 'very', '!', '.', ',', 'i', 'liked', 'it', 'plot', 'actor', 'story', 'boring', 'fun', 'end', 'and'];

/** A BERT WordPiece tokenizer.json (lower-casing, [CLS] ... [SEP]). */
export function wordPieceTokenizer(): { tokenizer: object; config: object } {
  const vocab = Object.fromEntries(WORDPIECE_VOCAB.map((t, i) => [t, i]));
  const special = (t: string) => ({ SpecialToken: { id: t, type_id: 0 } });
  return {
    tokenizer: {
      version: '1.0',
      truncation: null,
      padding: null,
      added_tokens: ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'].map((t) => added(t, vocab[t])),
      normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
      pre_tokenizer: { type: 'BertPreTokenizer' },
      post_processor: {
        type: 'TemplateProcessing',
        single: [special('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, special('[SEP]')],
        pair: [special('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, special('[SEP]'), { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
        special_tokens: { '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] }, '[SEP]': { id: '[SEP]', ids: [3], tokens: ['[SEP]'] } },
      },
      decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
      model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
    },
    config: { do_lower_case: true, pad_token: '[PAD]', unk_token: '[UNK]', cls_token: '[CLS]', sep_token: '[SEP]', mask_token: '[MASK]', model_max_length: 512, tokenizer_class: 'BertTokenizer' },
  };
}

/** GPT-2's byte -> printable character table (byte-level BPE's alphabet). */
function byteAlphabet(): string[] {
  const bs: number[] = [];
  for (let b = 33; b <= 126; b++) bs.push(b);
  for (let b = 161; b <= 172; b++) bs.push(b);
  for (let b = 174; b <= 255; b++) bs.push(b);
  const cs = [...bs];
  let n = 0;
  for (let b = 0; b < 256; b++) {
    if (!bs.includes(b)) {
      bs.push(b);
      cs.push(256 + n++);
    }
  }
  const out: string[] = new Array(256);
  bs.forEach((b, i) => (out[b] = String.fromCharCode(cs[i])));
  return out;
}

/** A RoBERTa byte-level BPE tokenizer.json (<s> ... </s>, <pad> = 1). */
export function byteLevelBpeTokenizer(): { tokenizer: object; config: object } {
  const vocab: Record<string, number> = { '<s>': 0, '<pad>': 1, '</s>': 2, '<unk>': 3 };
  for (const ch of byteAlphabet()) vocab[ch] = Object.keys(vocab).length;
  const merges = ['Ġ t', 'h e', 'Ġt he', 'Ġ g', 'o o', 'Ġg oo', 'Ġgoo d', 'Ġ f', 'i l', 'Ġf il', 'Ġfil m'];
  for (const m of merges) vocab[m.replace(' ', '')] = Object.keys(vocab).length;
  vocab['<mask>'] = Object.keys(vocab).length;
  return {
    tokenizer: {
      version: '1.0',
      truncation: null,
      padding: null,
      added_tokens: ['<s>', '<pad>', '</s>', '<unk>', '<mask>'].map((t) => added(t, vocab[t])),
      normalizer: null,
      pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true },
      post_processor: { type: 'RobertaProcessing', sep: ['</s>', 2], cls: ['<s>', 0], trim_offsets: true, add_prefix_space: false },
      decoder: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true },
      model: { type: 'BPE', dropout: null, unk_token: null, continuing_subword_prefix: '', end_of_word_suffix: '', fuse_unk: false, byte_fallback: false, vocab, merges },
    },
    config: { bos_token: '<s>', eos_token: '</s>', sep_token: '</s>', cls_token: '<s>', unk_token: '<unk>', pad_token: '<pad>', mask_token: '<mask>', model_max_length: 512, tokenizer_class: 'RobertaTokenizer' },
  };
}

export function tokenizerFor(family: Family): { tokenizer: object; config: object } {
  return family === 'roberta' || family === 'xlm-roberta' ? byteLevelBpeTokenizer() : wordPieceTokenizer();
}

export async function writeTokenizer(dir: string, family: Family): Promise<void> {
  const { tokenizer, config } = tokenizerFor(family);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, 'tokenizer.json'), JSON.stringify(tokenizer));
  await fs.writeFile(path.join(dir, 'tokenizer_config.json'), JSON.stringify(config));
}

// ---- configs ---------------------------------------------------------------------------

/** A tiny config.json for `family` (labels added for heads). */
export function tinyConfig(family: Family, labels = ['neg', 'neu', 'pos']): Record<string, unknown> {
  const id2label = Object.fromEntries(labels.map((l, i) => [String(i), l]));
  const roberta = family === 'roberta' || family === 'xlm-roberta';
  const vocab = roberta ? Object.keys((byteLevelBpeTokenizer().tokenizer as { model: { vocab: object } }).model.vocab).length : WORDPIECE_VOCAB.length;
  if (family === 'distilbert') {
    return { model_type: 'distilbert', vocab_size: vocab, dim: 12, n_layers: 2, n_heads: 3, hidden_dim: 20, activation: 'gelu', max_position_embeddings: 24, dropout: 0.1, attention_dropout: 0.1, seq_classif_dropout: 0.2, pad_token_id: 0, id2label };
  }
  return {
    model_type: family,
    vocab_size: vocab,
    hidden_size: 12,
    num_hidden_layers: 2,
    num_attention_heads: 3,
    intermediate_size: 20,
    hidden_act: 'gelu',
    max_position_embeddings: roberta ? 26 : 24,
    type_vocab_size: roberta ? 1 : 2,
    layer_norm_eps: roberta ? 1e-5 : 1e-12,
    hidden_dropout_prob: 0.1,
    attention_probs_dropout_prob: 0.1,
    pad_token_id: roberta ? 1 : 0,
    ...(family === 'electra' ? { embedding_size: 8 } : {}),
    id2label,
  };
}

/** Writes a random checkpoint (PyTorch's weights, HF names) and its tokenizer into a new folder. */
export async function makeCheckpoint(
  ref: PythonReference,
  family: Family,
  head: Head,
  options: { dtype?: 'F32' | 'F16' | 'BF16'; shards?: number; seed?: number; config?: Record<string, unknown> } = {},
): Promise<string> {
  const dir = await tempDir(`${family}-${head}`);
  await ref.request({ op: 'make', dir, head, config: { ...tinyConfig(family), ...options.config }, seed: options.seed ?? 0, dtype: options.dtype ?? 'F32', shards: options.shards ?? 1 });
  await writeTokenizer(dir, family);
  return dir;
}

/** A padded batch of ids for `family`: [CLS]/<s> ... [SEP]/</s>, the second row shorter (padded). */
export function paddedBatch(family: Family, vocabSize: number): number[][] {
  const roberta = family === 'roberta' || family === 'xlm-roberta';
  const [cls, sep, pad] = roberta ? [0, 2, 1] : [2, 3, 0];
  const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => 5 + ((seed * 7 + i * 11) % (vocabSize - 6)));
  return [
    [cls, ...words(7, 1), sep],
    [cls, ...words(3, 2), sep, pad, pad, pad, pad],
    [cls, ...words(5, 3), sep, pad, pad],
  ];
}
