// Offsets for tokenizer.json models, which @huggingface/tokenizers 0.2 does not
// return: each token's text is recovered from its string (WordPiece's ##, the
// Metaspace ▁, byte-level BPE's byte alphabet) and matched in order against the
// original string, both sides folded the way BERT-style normalizers fold text
// (NFKD, accents dropped, lower case). Special tokens get null; an unknown token
// spans the source up to where the next token's text resumes.
import type { CharSpan } from './offsets-types';
import { textClusters } from './text-clusters';

interface TokenizerJsonShape {
  added_tokens?: Array<{ content: string; special?: boolean }>;
  pre_tokenizer?: { type?: string; replacement?: string; pretokenizers?: Array<{ type?: string; replacement?: string }> } | null;
  decoder?: { type?: string; replacement?: string; decoders?: Array<{ type?: string; replacement?: string }> } | null;
  model?: { type?: string; unk_token?: string | null; continuing_subword_prefix?: string | null; end_of_word_suffix?: string | null };
}

interface Unit {
  /** One folded UTF-16 unit (char mode) or one UTF-8 byte (byte mode). */
  key: string | number;
  start: number;
  end: number;
  space: boolean;
}

/** What the offsets need to know about a tokenizer.json. */
export interface TokenizerJsonAlignment {
  special: Set<string>;
  unk?: string;
  byteLevel: boolean;
  subwordPrefix: string;
  wordSuffix: string;
  metaspace?: string;
}

function components(node: { type?: string; pretokenizers?: unknown[]; decoders?: unknown[] } | null | undefined): Array<{ type?: string; replacement?: string }> {
  if (!node) return [];
  const inner = (node.pretokenizers ?? node.decoders ?? []) as Array<{ type?: string; replacement?: string }>;
  return [node as { type?: string; replacement?: string }, ...inner];
}

export function tokenizerJsonAlignment(json: Record<string, unknown>): TokenizerJsonAlignment {
  const t = json as TokenizerJsonShape;
  const parts = [...components(t.pre_tokenizer), ...components(t.decoder)];
  const meta = parts.find((p) => p.type === 'Metaspace');
  return {
    special: new Set((t.added_tokens ?? []).filter((a) => a.special && a.content !== t.model?.unk_token).map((a) => a.content)),
    unk: t.model?.unk_token ?? undefined,
    byteLevel: parts.some((p) => p.type === 'ByteLevel'),
    subwordPrefix: t.model?.continuing_subword_prefix ?? '',
    wordSuffix: t.model?.end_of_word_suffix ?? '',
    ...(meta ? { metaspace: meta.replacement ?? '\u2581' } : {}),
  };
}

const CONTROL = /[\p{Cc}\p{Cf}]/gu;

/** BERT-style folding, applied alike to the source and to token texts. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(CONTROL, (c) => (/\s/.test(c) ? ' ' : '')).toLowerCase();
}

let byteDecoder: Map<string, number> | undefined;
/** GPT-2's printable alphabet for bytes, reversed: character -> byte. */
function bytesOfByteLevel(token: string): number[] {
  if (!byteDecoder) {
    byteDecoder = new Map();
    const printable: number[] = [];
    for (let b = 0; b < 256; b++) if ((b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255)) printable.push(b);
    let n = 0;
    for (let b = 0; b < 256; b++) byteDecoder.set(String.fromCharCode(printable.includes(b) ? b : 256 + n++), b);
  }
  const out: number[] = [];
  for (const ch of token) {
    const b = byteDecoder.get(ch);
    if (b !== undefined) out.push(b);
    else out.push(...new TextEncoder().encode(ch));
  }
  return out;
}

function sourceUnits(text: string, byteLevel: boolean): Unit[] {
  const units: Unit[] = [];
  const encoder = new TextEncoder();
  for (const c of textClusters(text)) {
    if (byteLevel) {
      for (const b of encoder.encode(c.text.normalize('NFC'))) units.push({ key: b, start: c.start, end: c.end, space: b === 0x20 || (b >= 0x09 && b <= 0x0d) });
    } else {
      for (const u of fold(c.text)) units.push({ key: u, start: c.start, end: c.end, space: /\s/.test(u) });
    }
  }
  return units;
}

/** A token's text as keys of the source units, whitespace left out. */
function tokenKeys(token: string, a: TokenizerJsonAlignment): Array<string | number> {
  if (a.byteLevel) return bytesOfByteLevel(token).filter((b) => b !== 0x20 && !(b >= 0x09 && b <= 0x0d));
  let t = token;
  if (a.subwordPrefix && t.startsWith(a.subwordPrefix) && t.length > a.subwordPrefix.length) t = t.slice(a.subwordPrefix.length);
  if (a.wordSuffix && t.endsWith(a.wordSuffix) && t.length > a.wordSuffix.length) t = t.slice(0, -a.wordSuffix.length);
  if (a.metaspace) t = t.split(a.metaspace).join(' ');
  return [...fold(t)].filter((u) => !/\s/.test(u));
}

function matchesAt(units: Unit[], i: number, keys: Array<string | number>): boolean {
  if (keys.length === 0) return false;
  for (let k = 0, j = i; k < keys.length; k++, j++) {
    while (j < units.length && units[j].space) j++;
    if (j >= units.length || units[j].key !== keys[k]) return false;
  }
  return true;
}

const OWN_WORD = /[\p{P}$+<=>^`|~]|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function isOwnWord(key: string | number): boolean {
  return typeof key === 'string' && OWN_WORD.test(key);
}

// How far ahead a token that does not match where expected is looked for (text a normalizer dropped).
const RESYNC_WINDOW = 16;

/** One span per token (null for special tokens), in UTF-16 units of `text`. */
export function tokenizerJsonOffsets(text: string, tokens: string[], alignment: TokenizerJsonAlignment): Array<CharSpan | null> {
  const units = sourceUnits(text, alignment.byteLevel);
  const keys = tokens.map((t) => (alignment.special.has(t) ? null : tokenKeys(t, alignment)));
  let i = 0;
  const skipSpace = () => {
    while (i < units.length && units[i].space) i++;
  };
  return tokens.map((token, n) => {
    const own = keys[n];
    if (own === null) return null;
    skipSpace();
    if (i >= units.length) return [text.length, text.length];
    const first = i;
    // A token of whitespace alone (a bare Ġ or ▁) is empty where the next word starts.
    if (own.length === 0 && token !== alignment.unk) return [units[i].start, units[i].start];
    if (token === alignment.unk) {
      const following = keys[n + 1];
      const next = following && tokens[n + 1] !== alignment.unk && following.length > 0 ? following : undefined;
      // BERT-style pre-tokenizers make each punctuation mark and CJK character a word of its own.
      if (isOwnWord(units[i].key)) {
        while (i < units.length && units[i].start === units[first].start) i++;
      } else {
        i++;
        while (i < units.length && !units[i].space && !isOwnWord(units[i].key) && !(next && matchesAt(units, i, next))) i++;
      }
      return [units[first].start, units[i - 1].end];
    }
    if (!matchesAt(units, i, own)) {
      for (let j = i + 1; j < Math.min(units.length, i + RESYNC_WINDOW); j++) {
        if (matchesAt(units, j, own)) {
          i = j;
          break;
        }
      }
    }
    const start = i;
    let last = i;
    for (let k = 0; k < own.length && i < units.length; k++) {
      while (i < units.length && units[i].space) i++;
      if (i >= units.length) break;
      last = i++;
    }
    // Units of one source character share its span; a token ending mid-character (a byte of an emoji) spans it whole.
    return [units[start].start, units[last].end];
  });
}
