// Notebook display of figures: the MIME bundle, plotly.js once per kernel session,
// in-place updates through plot.show(), and standalone pages from plot.save().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { plot, PLOTLY_MIME } from '../../src/plot';
import { JUPYTER_DISPLAY, setDisplaySink, type MimeBundle, type DisplayOptions } from '../../src/display';

const LIBRARY = /plotly\.js v\d+\.\d+\.\d+/;

function fakeSink(sessionId: string) {
  const shown: Array<{ bundle: MimeBundle; options?: DisplayOptions }> = [];
  setDisplaySink({ sessionId, display: (bundle, options) => shown.push({ bundle, options }), clearOutput: () => {} });
  return shown;
}

test('the bundle has plotly JSON, HTML and text; plotly.js rides with the first figure of a session only', () => {
  const session = `session-${Date.now()}`;
  fakeSink(session);
  try {
    const first = plot.classBalance(['a', 'b'])[JUPYTER_DISPLAY]();
    assert.deepEqual(Object.keys(first).sort(), [PLOTLY_MIME, 'text/html', 'text/plain'].sort());
    assert.match(String(first['text/html']), LIBRARY);
    const second = plot.classBalance(['a', 'b'])[JUPYTER_DISPLAY]();
    assert.doesNotMatch(String(second['text/html']), LIBRARY);
    assert.match(String(second['text/html']), /window\.Plotly\.newPlot/);
    // A new kernel session (restart) gets the library again.
    fakeSink(`${session}-restarted`);
    assert.match(String(plot.classBalance(['a'])[JUPYTER_DISPLAY]()['text/html']), LIBRARY);
    plot.resendLibrary();
    assert.match(String(plot.classBalance(['a'])[JUPYTER_DISPLAY]()['text/html']), LIBRARY);
  } finally {
    setDisplaySink(undefined);
  }
});

test('figure HTML is safe: data cannot close the script element', () => {
  setDisplaySink({ sessionId: 'html-safety', display: () => {}, clearOutput: () => {} });
  try {
    plot.classBalance(['x'])[JUPYTER_DISPLAY](); // takes the library for this session
    const html = String(plot.classBalance(['</script><b>'])[JUPYTER_DISPLAY]()['text/html']);
    assert.equal(html.match(/<\/script>/g)?.length, 1, 'only the closing tag of our own script');
    assert.match(html, /\\u003c\/script>\\u003cb>/);
  } finally {
    setDisplaySink(undefined);
  }
});

test('plot.show sends plotly.js as its own output, then updates the figure in place', () => {
  const shown = fakeSink(`show-${Date.now()}`);
  try {
    const handle = plot.show(plot.classBalance(['a']));
    handle.update(plot.classBalance(['a', 'a']));
    assert.equal(shown.length, 3);
    assert.match(String(shown[0].bundle['text/html']), LIBRARY);
    assert.equal(shown[0].bundle[PLOTLY_MIME], undefined);
    assert.equal(shown[1].options?.update, false);
    assert.equal(shown[2].options?.update, true);
    assert.equal(shown[1].options?.displayId, handle.displayId);
    assert.equal(shown[2].options?.displayId, handle.displayId);
    assert.deepEqual((shown[2].bundle[PLOTLY_MIME] as { data: Array<{ y: number[] }> }).data[0].y, [2]);
    assert.doesNotMatch(String(shown[2].bundle['text/html']), LIBRARY);
    plot.show(plot.classBalance(['b']));
    assert.equal(shown.length, 4, 'the library is not sent twice');
  } finally {
    setDisplaySink(undefined);
  }
});

test('plot.save writes a standalone page atomically and refuses a directory', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transferlab-plot-'));
  try {
    const file = plot.save(plot.classBalance(['a', 'b']), path.join(dir, 'sub', 'balance.html'));
    const page = fs.readFileSync(file, 'utf8');
    assert.match(page, /^<!DOCTYPE html>/);
    assert.match(page, LIBRARY);
    assert.match(page, /<title>Class balance \(2 examples\)<\/title>/);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'sub')), ['balance.html'], 'no temp file left behind');
    assert.throws(() => plot.save(plot.classBalance(['a']), dir), /is a directory/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
