import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setDisplaySink, type DisplayOptions, type MimeBundle } from '../../src/display';
import { tf } from '../../src/tf';
import { fineTune } from '../../src/train/fine-tune';
import { History } from '../../src/train/history';
import { JUPYTER_DISPLAY } from '../../src/display';
import { clipByGlobalNorm } from '../../src/train/step';
import { useCpu } from './setup';
import { toyModel, toyTensors } from './toy';

before(useCpu);
after(() => setDisplaySink(undefined));

test('in a notebook: one progress display per epoch updated in place, and a chart updated per epoch', async () => {
  const shown: Array<{ bundle: MimeBundle; options: DisplayOptions }> = [];
  setDisplaySink({ sessionId: 't', display: (bundle, options = {}) => void shown.push({ bundle, options }), clearOutput: () => undefined });
  const data = toyTensors(64);
  try {
    await fineTune(toyModel(), data, { epochs: 2, batchSize: 8, seed: 1 });
  } finally {
    setDisplaySink(undefined);
    tf.dispose([data.x, data.y]);
  }
  const ids = [...new Set(shown.map((s) => s.options.displayId))];
  assert.equal(ids.length, 4, 'two progress bars, plotly.js once, and one chart');
  const [bar1, library, chart, bar2] = ids.map((id) => shown.filter((s) => s.options.displayId === id));
  assert.equal(library.length, 1);
  assert.match(String(library[0].bundle['text/html']), /data-transferlab-plotly-lib/);
  assert.ok(chart.every((s) => !String(s.bundle['text/html']).includes('data-transferlab-plotly-lib')), 'redraws never carry the library');
  assert.equal(bar1[0].options.update, false);
  assert.ok(bar1.slice(1).every((s) => s.options.update === true));
  assert.match(String(bar1[0].bundle['text/html']), /<progress/);
  assert.match(String(bar1[bar1.length - 1].bundle['text/plain']), /^epoch 1\/2 · loss \d\.\d{4} · acc/);
  assert.match(String(bar2[0].bundle['text/plain']), /epoch 2\/2 \[\.+\] 0\/8/);
  assert.equal(chart.length, 2, 'the chart is drawn after epoch 1 and updated after epoch 2');
  assert.equal(chart[1].options.update, true);
});

test('in a terminal without a TTY: one line per epoch; silent: nothing', async () => {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => void lines.push(args.join(' '));
  const data = toyTensors(32);
  try {
    await fineTune(toyModel(), data, { epochs: 2, batchSize: 8, seed: 1 });
    await fineTune(toyModel(), data, { epochs: 2, batchSize: 8, seed: 1, silent: true });
  } finally {
    console.log = log;
    tf.dispose([data.x, data.y]);
  }
  if (process.stdout.isTTY) return;
  assert.equal(lines.length, 2);
  assert.match(lines[0], /^epoch 1\/2 · loss \d\.\d{4} · acc \d\.\d{4} · seconds \d/);
});

test('a History displays as a chart with a text table fallback', () => {
  const h = new History(1);
  h.epochs.push({ epoch: 0, loss: 0.5, acc: 0.75 });
  h.steps.push({ step: 0, epoch: 0, loss: 0.5, acc: 0.75, lr: 0.001 });
  const bundle = h[JUPYTER_DISPLAY]();
  assert.match(String(bundle['text/plain']), /epoch\s+loss\s+acc\n\s+0\s+0\.5000\s+0\.7500/);
  assert.ok('application/vnd.plotly.v1+json' in bundle || 'text/html' in bundle);
});

test('clipByGlobalNorm scales all gradients by clipNorm / globalNorm only when above it', () => {
  const grads = [tf.tensor1d([3, 0]), tf.tensor1d([0, 4])];
  const clipped = clipByGlobalNorm(grads, 1);
  assert.deepEqual([...clipped[0].dataSync(), ...clipped[1].dataSync()].map((v) => +v.toFixed(6)), [0.6, 0, 0, 0.8]);
  const untouched = clipByGlobalNorm(grads, 10);
  assert.deepEqual([...untouched[0].dataSync(), ...untouched[1].dataSync()], [3, 0, 0, 4]);
  tf.dispose([...grads, ...clipped, ...untouched]);
});
