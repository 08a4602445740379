// Offsets for SentencePiece (USE-lite): the normalized text is rebuilt cluster by
// cluster so each of its characters knows its source span; tokens are consecutive
// substrings of it. A token's span leaves out its word-boundary marker ▁ (the
// space before it); a bare ▁ token gets an empty span where its word starts.
import type { SentencePieceTokenizer } from './sentencepiece';
import { normalizeForSentencePiece, WORD_BOUNDARY } from './sentencepiece-normalize';
import type { CharSpan, TokenOffsets } from './offsets-types';
import { emptyAligned, pushAligned, textClusters, type AlignedString } from './text-clusters';

const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** normalizeForSentencePiece(text) with the source span of every unit. */
export function alignedSentencePieceText(text: string): AlignedString {
  const out = emptyAligned();
  let pendingSpace: number | undefined;
  for (const c of textClusters(text)) {
    const units = c.text.normalize('NFKC').replace(CONTROL, '');
    for (const unit of units) {
      if (/\s/.test(unit)) {
        if (out.text.length > 0 && pendingSpace === undefined) pendingSpace = c.start;
        continue;
      }
      if (out.text.length === 0) pushAligned(out, WORD_BOUNDARY, c.start, c.start);
      else if (pendingSpace !== undefined) pushAligned(out, WORD_BOUNDARY, pendingSpace, c.start);
      pendingSpace = undefined;
      pushAligned(out, unit, c.start, c.end);
    }
  }
  return out;
}

/** When whole-string NFKC composes across clusters (rare: Hangul jamo), spread positions evenly instead. */
function interpolated(normalized: string, text: string): AlignedString {
  const scale = text.length / Math.max(normalized.length, 1);
  const starts = [...Array(normalized.length).keys()].map((i) => Math.floor(i * scale));
  const ends = starts.map((_, i) => Math.min(text.length, Math.max(Math.floor((i + 1) * scale), starts[i] + 1)));
  return { text: normalized, starts, ends };
}

export function sentencePieceOffsets(tokenizer: SentencePieceTokenizer, text: string): TokenOffsets {
  const tokens = tokenizer.segment(text);
  const normalized = normalizeForSentencePiece(text);
  let aligned = alignedSentencePieceText(text);
  if (aligned.text !== normalized) aligned = interpolated(normalized, text);
  let cursor = 0;
  const offsets: CharSpan[] = tokens.map(({ piece }) => {
    let first = cursor;
    const end = cursor + piece.length;
    while (first < end && aligned.text[first] === WORD_BOUNDARY) first++;
    cursor = end;
    if (first >= end) {
      const at = end < aligned.starts.length ? aligned.starts[end] : text.length;
      return [at, at];
    }
    return [aligned.starts[first], aligned.ends[end - 1]];
  });
  return { ids: tokens.map((t) => t.id), tokens: tokens.map((t) => t.piece), offsets };
}

