import { test } from 'node:test';
import assert from 'node:assert/strict';
import { display, setDisplaySink, toMimeBundle, mimeBundle, type MimeBundle, type DisplayOptions } from '../../src/display';

test('toMimeBundle uses an object\'s own bundle, else inspect text', () => {
  assert.deepEqual(toMimeBundle(mimeBundle({ 'text/html': '<b>x</b>' })), { 'text/html': '<b>x</b>' });
  assert.deepEqual(toMimeBundle({ a: 1 }), { 'text/plain': '{ a: 1 }' });
});

test('display goes to the kernel sink and updates in place by display id', () => {
  const seen: Array<[MimeBundle, DisplayOptions | undefined]> = [];
  setDisplaySink({ sessionId: 's', display: (b, o) => seen.push([b, o]), clearOutput: () => {} });
  try {
    const h = display('one');
    h.update('two');
    assert.equal(seen.length, 2);
    assert.equal(seen[0][1]?.update, false);
    assert.equal(seen[1][1]?.update, true);
    assert.equal(seen[0][1]?.displayId, seen[1][1]?.displayId);
    assert.deepEqual(seen[1][0], { 'text/plain': 'two' });
  } finally {
    setDisplaySink(undefined);
  }
});
