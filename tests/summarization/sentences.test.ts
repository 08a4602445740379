// Sentence splitting with offsets: abbreviations, initials, quotes, ellipses, blank lines, and
// every span exactly the text at its offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/summarize';

function texts(text: string): string[] {
  const spans = splitSentences(text);
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  return spans.map((s) => s.text);
}

test('abbreviations, titles and initials do not end a sentence', () => {
  assert.deepEqual(texts('Mr. Speaker, Mr. Vice President, Members of Congress: welcome. Dr. Smith met John F. Kennedy in Washington, D.C. on Jan. 3. It rained.'), [
    'Mr. Speaker, Mr. Vice President, Members of Congress: welcome.',
    'Dr. Smith met John F. Kennedy in Washington, D.C. on Jan. 3.',
    'It rained.',
  ]);
  assert.deepEqual(texts('Use tools, e.g. hammers. Then rest.'), ['Use tools, e.g. hammers.', 'Then rest.']);
});

test('closing quotes and brackets stay with their sentence; a lower-case word after ?" continues it', () => {
  assert.deepEqual(texts('He said, "Ask not." Then he left. "Why?" she asked. (It was late.) [Laughter] So we went.'), [
    'He said, "Ask not."',
    'Then he left.',
    '"Why?" she asked.',
    '(It was late.)',
    '[Laughter] So we went.',
  ]);
});

test('a dash that opens a list item starts a sentence; a hyphen inside a word does not', () => {
  assert.deepEqual(texts('Much remains. -Crime increases. -Costs are high-and rising.'), ['Much remains.', '-Crime increases.', '-Costs are high-and rising.']);
});

test('numbers, ellipses, runs of ! and ?, and the last sentence without a stop', () => {
  assert.deepEqual(texts('Growth was 3.5 percent... And then? Wow!! 2024 was better. no stop at the end'), [
    'Growth was 3.5 percent...',
    'And then?',
    'Wow!!',
    '2024 was better. no stop at the end',
  ]);
});

test('a blank line always ends a sentence; a single line break does not; whitespace is trimmed from spans', () => {
  const text = '  First line\nwraps here.\n\n  A heading\n \n- item one\n\n';
  assert.deepEqual(texts(text), ['First line\nwraps here.', 'A heading', '- item one']);
  assert.equal(splitSentences(text)[0].start, 2);
});

test('empty and whitespace-only texts have no sentences; a non-string is a TypeError', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n\n '), []);
  assert.throws(() => splitSentences(3 as never), /text must be a string, got number/);
});
