import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notice } from '../../src/display/notice';

function captured(fn: () => void): string[] {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void lines.push(args.join(' '));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return lines;
}

test('notices go to stderr with the library name, and TRANSFERLAB_QUIET=1 silences them', () => {
  const before = process.env.TRANSFERLAB_QUIET;
  try {
    delete process.env.TRANSFERLAB_QUIET;
    assert.deepEqual(captured(() => notice('dropped 2 rows')), ['transferlab: dropped 2 rows']);
    process.env.TRANSFERLAB_QUIET = '1';
    assert.deepEqual(captured(() => notice('dropped 2 rows')), []);
  } finally {
    if (before === undefined) delete process.env.TRANSFERLAB_QUIET;
    else process.env.TRANSFERLAB_QUIET = before;
  }
});
