// Test fixtures for the data tests: a tiny tokenizer implementing the contract,
// temp files, and a console.warn recorder.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Tokenizer } from '../../src/tokenizers/types';

/** Lower-cased words; each new word gets the next id; 0 pads. */
export function wordTokenizer(): Tokenizer {
  const vocab = new Map<string, number>();
  const tokenize = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);
  return {
    kind: 'test-words',
    padId: 0,
    get vocabSize() {
      return vocab.size + 1;
    },
    tokenize,
    encode: (text) =>
      tokenize(text).map((w) => {
        if (!vocab.has(w)) vocab.set(w, vocab.size + 1);
        return vocab.get(w)!;
      }),
    toJSON: () => ({ kind: 'test-words', vocab: [...vocab.keys()] }),
  };
}

export function tempDir(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'transferlab-data-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function writeFile(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs fn and returns what it passed to console.warn. */
export async function warnings<T>(fn: () => T | Promise<T>): Promise<{ result: T; warned: string[] }> {
  const warned: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
  try {
    return { result: await fn(), warned };
  } finally {
    console.warn = original;
  }
}
