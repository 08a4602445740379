// A checkpoint's tokenizer.json, run by @huggingface/tokenizers, under our Tokenizer contract.
import { promises as fs } from 'fs';
import * as path from 'path';
import { Tokenizer as HfTokenizer } from '@huggingface/tokenizers';
import type { Tokenizer, TokenizerJSON } from '../../tokenizers/types';
import { HuggingFaceError } from './errors';
import { encodePairWith, type PairEncoding, type PairOptions } from './pair';

export type { PairEncoding, PairOptions, PairTruncation } from './pair';

/** RoBERTa's post-processor (alone or in a Sequence): its pairs carry no segment ids. */
function robertaStyle(processor: unknown): boolean {
  const p = processor as { type?: string; processors?: unknown[] } | null | undefined;
  if (!p) return false;
  if (p.type === 'RobertaProcessing') return true;
  return p.type === 'Sequence' && (p.processors ?? []).some(robertaStyle);
}

export const HF_TOKENIZER_KIND = 'huggingface';
export const TOKENIZER_FILES = ['tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json'] as const;

export interface HuggingFaceTokenizerJSON extends TokenizerJSON {
  kind: typeof HF_TOKENIZER_KIND;
  /** tokenizer.json's content. */
  tokenizer: Record<string, unknown>;
  /** tokenizer_config.json's content ({} when the checkpoint has none). */
  config: Record<string, unknown>;
  /** special_tokens_map.json's content, when the checkpoint has one. */
  specialTokens?: Record<string, unknown>;
}

function tokenName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { content?: unknown }).content === 'string') return (value as { content: string }).content;
  return undefined;
}

export class HuggingFaceTokenizer implements Tokenizer {
  readonly kind = HF_TOKENIZER_KIND;
  readonly vocabSize: number;
  readonly padId: number;
  private readonly impl: HfTokenizer;

  constructor(private readonly json: HuggingFaceTokenizerJSON) {
    this.impl = new HfTokenizer(json.tokenizer, json.config);
    const vocab = this.impl.get_vocab(true);
    let max = -1;
    for (const id of vocab.values()) max = Math.max(max, id);
    this.vocabSize = max + 1;
    const pad = tokenName(json.config.pad_token) ?? tokenName(json.specialTokens?.pad_token) ?? tokenName((json.tokenizer.padding as { pad_token?: string } | null)?.pad_token);
    const padId = pad === undefined ? undefined : this.impl.token_to_id(pad);
    if (padId === undefined) {
      throw new HuggingFaceError('MISSING_TOKENIZER', 'tokenizer_config.json', `the tokenizer names no pad token in its vocabulary (pad_token: ${String(pad)}).`, "set \"pad_token\" in tokenizer_config.json to a token of the vocabulary, e.g. \"[PAD]\" or \"<pad>\".");
    }
    this.padId = padId;
  }

  /** Ids with the special tokens the model expects ([CLS] ... [SEP], <s> ... </s>). */
  encode(text: string): number[] {
    return this.impl.encode(text).ids;
  }

  /**
   * A text pair as the checkpoint's fast tokenizer encodes it: [CLS] a [SEP] b [SEP] (BERT,
   * segment ids 1 after the first [SEP]) or <s> a </s></s> b </s> (RoBERTa, no segment ids);
   * with `maxLength`, truncated like Hugging Face ('longest_first' by default), separators kept.
   */
  encodePair(first: string, second: string, options: PairOptions = {}): PairEncoding {
    return encodePairWith(this.impl, first, second, options, !robertaStyle(this.json.tokenizer.post_processor));
  }

  /** The separator's id ([SEP], </s>) the post-processor places between a pair, if it names one. */
  get sepId(): number | undefined {
    const sep = tokenName(this.json.config.sep_token) ?? tokenName(this.json.specialTokens?.sep_token);
    return sep === undefined ? undefined : this.impl.token_to_id(sep);
  }

  /** Ids back to text (generation's output); `skipSpecialTokens` drops <pad>, </s>, [SEP]... */
  decode(ids: number[], options: { skipSpecialTokens?: boolean } = {}): string {
    return this.impl.decode(ids, { skip_special_tokens: options.skipSpecialTokens ?? false });
  }

  tokenize(text: string): string[] {
    return this.impl.encode(text).tokens;
  }

  tokenToId(token: string): number | undefined {
    return this.impl.token_to_id(token);
  }

  toJSON(): HuggingFaceTokenizerJSON {
    return this.json;
  }

  static fromJSON(json: TokenizerJSON): HuggingFaceTokenizer {
    const j = json as HuggingFaceTokenizerJSON;
    if (j.kind !== HF_TOKENIZER_KIND || !j.tokenizer || typeof j.tokenizer !== 'object') {
      throw new Error(`HuggingFaceTokenizer.fromJSON: expected { kind: '${HF_TOKENIZER_KIND}', tokenizer: <tokenizer.json content> }.`);
    }
    return new HuggingFaceTokenizer({ ...j, config: j.config ?? {} });
  }

  /** The files save_pretrained writes for this tokenizer. */
  files(): Record<string, string> {
    const out: Record<string, string> = {
      'tokenizer.json': JSON.stringify(this.json.tokenizer),
      'tokenizer_config.json': JSON.stringify(this.json.config, null, 2),
    };
    if (this.json.specialTokens) out['special_tokens_map.json'] = JSON.stringify(this.json.specialTokens, null, 2);
    return out;
  }
}

async function readJson(file: string): Promise<Record<string, unknown> | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new HuggingFaceError('MISSING_TOKENIZER', file, `${path.basename(file)} is not JSON (${(error as Error).message}).`, 'download or save the tokenizer files again.');
  }
}

/** The tokenizer of a save_pretrained folder (tokenizer.json, tokenizer_config.json, special_tokens_map.json). */
export async function loadTokenizer(dir: string): Promise<HuggingFaceTokenizer> {
  const tokenizer = await readJson(path.join(dir, 'tokenizer.json'));
  if (!tokenizer) {
    throw new HuggingFaceError(
      'MISSING_TOKENIZER',
      path.join(dir, 'tokenizer.json'),
      `the checkpoint folder ${dir} has no tokenizer.json (the fast tokenizer's single file).`,
      "write it in Python: AutoTokenizer.from_pretrained(<repo>).save_pretrained(dir) (a fast tokenizer converts vocab.txt / merges.txt / sentencepiece.bpe.model into tokenizer.json).",
    );
  }
  const config = (await readJson(path.join(dir, 'tokenizer_config.json'))) ?? {};
  const specialTokens = await readJson(path.join(dir, 'special_tokens_map.json'));
  return new HuggingFaceTokenizer({ kind: HF_TOKENIZER_KIND, tokenizer, config, ...(specialTokens ? { specialTokens } : {}) });
}
