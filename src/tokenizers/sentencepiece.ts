// A SentencePiece unigram tokenizer: the segmentation with the highest total
// piece score (Viterbi over the lattice of vocabulary matches), as the
// sentencepiece library computes it for a unigram model.
import type { Tokenizer, TokenizerJSON } from './types';
import { normalizeForSentencePiece, WORD_BOUNDARY } from './sentencepiece-normalize';

/** A vocabulary entry: the piece and its log-probability score; its id is its index. */
export type ScoredPiece = [piece: string, score: number];

export interface SentencePieceOptions {
  pieces: ScoredPiece[];
  /** Id emitted for text no piece covers. Default 0. */
  unkId?: number;
  /** Ids of control symbols (<s>, </s>, ...) that text never matches. */
  controlIds?: number[];
  /** Id used to pad batches. Default pieces.length (one past the vocabulary). */
  padId?: number;
}

export interface SentencePieceJSON extends TokenizerJSON {
  kind: 'sentencepiece-unigram';
  pieces: ScoredPiece[];
  unkId: number;
  controlIds: number[];
  padId: number;
}

/** One token of a segmentation: its id and the exact text it covers (normalized). */
export interface SentencePieceToken {
  id: number;
  piece: string;
}

// sentencepiece scores an unknown character this far below the worst piece.
const UNKNOWN_PENALTY = 10;
// Segmented words remembered (most texts reuse a small vocabulary of words).
const WORD_CACHE_SIZE = 50_000;

export interface SegmentOptions {
  /** Stop after this many tokens (the result is the prefix of the full segmentation). */
  maxTokens?: number;
}

export class SentencePieceTokenizer implements Tokenizer {
  readonly kind = 'sentencepiece-unigram';
  readonly vocabSize: number;
  readonly padId: number;
  readonly unkId: number;
  private readonly pieces: ScoredPiece[];
  private readonly controlIds: number[];
  private readonly idOf = new Map<string, number>();
  private readonly maxPieceChars: number;
  private readonly unkScore: number;
  /** True when no piece holds ▁ past its first character: words then segment independently. */
  private readonly wordsAreIndependent: boolean;
  private readonly wordCache = new Map<string, SentencePieceToken[]>();

  constructor(options: SentencePieceOptions) {
    const { pieces, unkId = 0, controlIds = [] } = options;
    validatePieces(pieces);
    if (!Number.isInteger(unkId) || unkId < 0 || unkId >= pieces.length) {
      throw new Error(`SentencePieceTokenizer: unkId ${unkId} is not a piece id (0..${pieces.length - 1}).`);
    }
    const padId = options.padId ?? pieces.length;
    if (!Number.isInteger(padId) || padId < 0) {
      throw new Error(`SentencePieceTokenizer: padId ${padId} must be a non-negative integer.`);
    }
    this.pieces = pieces;
    this.unkId = unkId;
    this.controlIds = [...controlIds];
    this.padId = padId;
    this.vocabSize = Math.max(pieces.length, padId + 1);

    const unmatchable = new Set([unkId, ...controlIds]);
    let maxChars = 1;
    let minScore = Infinity;
    let independent = true;
    pieces.forEach(([piece, score], id) => {
      if (unmatchable.has(id)) return;
      if (piece.indexOf(WORD_BOUNDARY, 1) !== -1) independent = false;
      minScore = Math.min(minScore, score);
      const known = this.idOf.get(piece);
      // A piece listed twice keeps its better-scored id.
      if (known === undefined || pieces[known][1] < score) this.idOf.set(piece, id);
      maxChars = Math.max(maxChars, [...piece].length);
    });
    this.maxPieceChars = maxChars;
    this.wordsAreIndependent = independent;
    this.unkScore = (Number.isFinite(minScore) ? minScore : 0) - UNKNOWN_PENALTY;
  }

  static fromJSON(json: TokenizerJSON): SentencePieceTokenizer {
    if (json.kind !== 'sentencepiece-unigram') {
      throw new Error(`SentencePieceTokenizer.fromJSON: kind is '${json.kind}', expected 'sentencepiece-unigram'.`);
    }
    const { pieces, unkId, controlIds, padId } = json as SentencePieceJSON;
    return new SentencePieceTokenizer({ pieces, unkId, controlIds, padId });
  }

  encode(text: string, options: SegmentOptions = {}): number[] {
    return this.segment(text, options).map((t) => t.id);
  }

  tokenize(text: string, options: SegmentOptions = {}): string[] {
    return this.segment(text, options).map((t) => t.piece);
  }

  /** The piece string of an id (for display); the unknown and control ids give their symbol. */
  idToPiece(id: number): string {
    if (id === this.padId && id >= this.pieces.length) return '<pad>';
    const entry = this.pieces[id];
    if (!entry) throw new RangeError(`SentencePieceTokenizer.idToPiece: id ${id} is outside 0..${this.vocabSize - 1}.`);
    return entry[0];
  }

  /** Best-scoring segmentation of the normalized text; runs of unknown characters become one unk token. */
  segment(text: string, options: SegmentOptions = {}): SentencePieceToken[] {
    if (typeof text !== 'string') {
      throw new TypeError(`SentencePieceTokenizer: expected a string to tokenize, got ${typeof text}.`);
    }
    const maxTokens = options.maxTokens ?? Infinity;
    const normalized = normalizeForSentencePiece(text);
    if (!this.wordsAreIndependent) return this.viterbi(normalized).slice(0, maxTokens);
    // No piece spans a word boundary, so the best segmentation is the best segmentation of each word.
    const tokens: SentencePieceToken[] = [];
    for (const word of normalized.split(/(?=\u2581)/)) {
      if (tokens.length >= maxTokens) break;
      if (word.length > 0) tokens.push(...this.segmentWord(word));
    }
    return tokens.slice(0, maxTokens);
  }

  private segmentWord(word: string): SentencePieceToken[] {
    let tokens = this.wordCache.get(word);
    if (!tokens) {
      tokens = this.viterbi(word);
      if (this.wordCache.size >= WORD_CACHE_SIZE) this.wordCache.clear();
      this.wordCache.set(word, tokens);
    }
    return tokens.map((t) => ({ ...t }));
  }

  private viterbi(normalized: string): SentencePieceToken[] {
    const chars = [...normalized];
    const n = chars.length;
    // best[i]: best score of a segmentation of chars[0..i); from[i], idAt[i]: its last token.
    const best = new Float64Array(n + 1).fill(-Infinity);
    const from = new Int32Array(n + 1);
    const idAt = new Int32Array(n + 1);
    best[0] = 0;
    for (let start = 0; start < n; start++) {
      const base = best[start];
      if (base === -Infinity) continue;
      let piece = '';
      let singleCharMatched = false;
      for (let len = 1; len <= this.maxPieceChars && start + len <= n; len++) {
        piece += chars[start + len - 1];
        const id = this.idOf.get(piece);
        if (id === undefined) continue;
        if (len === 1) singleCharMatched = true;
        const score = base + this.pieces[id][1];
        if (score > best[start + len]) {
          best[start + len] = score;
          from[start + len] = start;
          idAt[start + len] = id;
        }
      }
      if (!singleCharMatched && base + this.unkScore > best[start + 1]) {
        best[start + 1] = base + this.unkScore;
        from[start + 1] = start;
        idAt[start + 1] = this.unkId;
      }
    }
    const tokens: SentencePieceToken[] = [];
    for (let end = n; end > 0; end = from[end]) {
      tokens.push({ id: idAt[end], piece: chars.slice(from[end], end).join('') });
    }
    tokens.reverse();
    return mergeUnknownRuns(tokens, this.unkId);
  }

  toJSON(): SentencePieceJSON {
    return {
      kind: 'sentencepiece-unigram',
      pieces: this.pieces,
      unkId: this.unkId,
      controlIds: this.controlIds,
      padId: this.padId,
    };
  }
}

function mergeUnknownRuns(tokens: SentencePieceToken[], unkId: number): SentencePieceToken[] {
  const merged: SentencePieceToken[] = [];
  for (const token of tokens) {
    const last = merged[merged.length - 1];
    if (last && last.id === unkId && token.id === unkId) last.piece += token.piece;
    else merged.push({ ...token });
  }
  return merged;
}

function validatePieces(pieces: unknown): asserts pieces is ScoredPiece[] {
  if (!Array.isArray(pieces) || pieces.length === 0) {
    throw new Error('SentencePieceTokenizer: `pieces` must be a non-empty array of [piece, score] pairs.');
  }
  pieces.forEach((entry, id) => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || entry[0].length === 0 || !Number.isFinite(entry[1])) {
      throw new Error(
        `SentencePieceTokenizer: pieces[${id}] is ${JSON.stringify(entry)}; expected [non-empty string, finite score].`,
      );
    }
  });
}
