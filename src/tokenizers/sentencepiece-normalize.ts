// SentencePiece's default text normalization ("nmt_nfkc" with the default flags):
// NFKC, control characters dropped, every kind of whitespace a plain space,
// runs of spaces collapsed, ends trimmed, then spaces become the meta symbol ▁
// with one ▁ prefixed (the "dummy prefix") so a sentence's first word looks like
// every other word.

export const WORD_BOUNDARY = '\u2581';

// C0/C1 controls except the whitespace ones, which become spaces instead.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const WHITESPACE = /\s+/g;

export function normalizeForSentencePiece(text: string): string {
  const cleaned = text.normalize('NFKC').replace(CONTROL, '').replace(WHITESPACE, ' ').trim();
  return cleaned.length === 0 ? '' : WORD_BOUNDARY + cleaned.replace(/ /g, WORD_BOUNDARY);
}
