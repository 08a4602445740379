import { test } from 'node:test';
import assert from 'node:assert/strict';
import { display, clearOutput, kernelInterruptSignal, setDisplaySink, toMimeBundle, type MimeBundle, type DisplayOptions } from '../../src/display';

function capture(): { shown: Array<[MimeBundle, DisplayOptions]>; cleared: boolean[]; restore(): void } {
  const shown: Array<[MimeBundle, DisplayOptions]> = [];
  const cleared: boolean[] = [];
  setDisplaySink({ sessionId: 's', display: (b, o) => shown.push([b, o ?? {}]), clearOutput: (w) => cleared.push(w ?? false) });
  return { shown, cleared, restore: () => setDisplaySink(undefined) };
}

test('display.html|markdown|svg|json|png build their MIME bundles with a text fallback', () => {
  const sink = capture();
  try {
    display.html('<b>x</b>');
    display.markdown('# t');
    display.svg('<svg/>');
    display.json({ a: [1, 2] });
    display.png(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2]));
    const bundles = sink.shown.map(([b]) => b);
    assert.deepEqual(bundles[0], { 'text/html': '<b>x</b>', 'text/plain': '<b>x</b>' });
    assert.deepEqual(bundles[1], { 'text/markdown': '# t', 'text/plain': '# t' });
    assert.equal(bundles[2]['image/svg+xml'], '<svg/>');
    assert.deepEqual(bundles[3]['application/json'], { a: [1, 2] });
    assert.equal(bundles[4]['image/png'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2]).toString('base64'));
  } finally {
    sink.restore();
  }
});

test('a typed display handle updates in the same format', () => {
  const sink = capture();
  try {
    const h = display.html('<i>1</i>', { displayId: 'progress' });
    h.update('<i>2</i>');
    assert.deepEqual(sink.shown[1], [{ 'text/html': '<i>2</i>', 'text/plain': '<i>2</i>' }, { displayId: 'progress', update: true }]);
    // As a cell value the handle shows nothing more (the kernel skips empty bundles).
    assert.deepEqual(toMimeBundle(h), {});
  } finally {
    sink.restore();
  }
});

test('bad input says what to pass instead', () => {
  assert.throws(() => display.png(Uint8Array.from([1, 2, 3])), /display\.png: the bytes are not a PNG image/);
  assert.throws(() => display.json(() => 1), /display\.json: the value is not JSON-serialisable/);
});

test('clearOutput reaches the sink; without a sink it is a no-op', () => {
  const sink = capture();
  try {
    clearOutput({ wait: true });
    assert.deepEqual(sink.cleared, [true]);
  } finally {
    sink.restore();
  }
  assert.doesNotThrow(() => clearOutput());
});

test("kernelInterruptSignal is the sink's signal, undefined outside a kernel", () => {
  assert.equal(kernelInterruptSignal(), undefined);
  const controller = new AbortController();
  setDisplaySink({ sessionId: 's', display: () => {}, clearOutput: () => {}, interruptSignal: controller.signal });
  try {
    assert.equal(kernelInterruptSignal(), controller.signal);
  } finally {
    setDisplaySink(undefined);
  }
});
