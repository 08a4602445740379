// Every figure builder yields JSON that satisfies plotly's figure schema basics, with the
// content worked out by hand for small inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { plot, historyFigure, PLOTLY_MIME, Figure, type PlotlyFigureJSON } from '../../src/plot';
import { metrics } from '../../src/metrics';
import { JUPYTER_DISPLAY } from '../../src/display';
import { pca2 } from '../../src/plot/pca';

// Trace types of plotly.js's schema that these figures may use, with the data keys each needs.
const TRACE_KEYS: Record<string, string[]> = {
  scatter: ['x', 'y'],
  scattergl: ['x', 'y'],
  bar: ['x', 'y'],
  histogram: ['x'],
  heatmap: ['z'],
};

function checkSchema(fig: Figure): PlotlyFigureJSON {
  const json = (fig[JUPYTER_DISPLAY]() as Record<string, unknown>)[PLOTLY_MIME] as PlotlyFigureJSON;
  const roundTrip = JSON.parse(JSON.stringify(json)) as PlotlyFigureJSON;
  assert.ok(Array.isArray(roundTrip.data) && roundTrip.data.length > 0, 'data is a non-empty array');
  for (const trace of roundTrip.data) {
    assert.ok(trace.type in TRACE_KEYS, `known trace type ${trace.type}`);
    for (const key of TRACE_KEYS[trace.type]) assert.ok(Array.isArray(trace[key]), `${trace.type}.${key} is an array`);
  }
  assert.equal(typeof roundTrip.layout, 'object');
  assert.equal(typeof (roundTrip.layout.title as { text: string }).text, 'string');
  return roundTrip;
}

test('confusion matrix heatmap: counts as one annotation per cell, true labels top-down', () => {
  const fig = plot.confusionMatrix([[5, 1], [2, 7]], { labels: ['neg', 'pos'] });
  const json = checkSchema(fig);
  assert.deepEqual(json.data[0].z, [[5, 1], [2, 7]]);
  const annotations = json.layout.annotations as Array<{ text: string; x: string; y: string }>;
  assert.deepEqual(annotations.map((a) => [a.y, a.x, a.text]), [
    ['neg', 'neg', '5'], ['neg', 'pos', '1'], ['pos', 'neg', '2'], ['pos', 'pos', '7'],
  ]);
  assert.equal((json.layout.yaxis as { autorange: string }).autorange, 'reversed');
  const normalized = checkSchema(plot.confusionMatrix({ confusionMatrix: [[5, 1], [2, 6]], labels: [0, 1] }, { normalize: 'true' }));
  assert.deepEqual(normalized.data[0].z, [[5 / 6, 1 / 6], [0.25, 0.75]]);
  assert.equal((normalized.layout.annotations as Array<{ text: string }>)[3].text, '0.75<br>(6)');
  assert.throws(() => plot.confusionMatrix([[1, 2]]), /square/);
  assert.throws(() => plot.confusionMatrix([[1]], { labels: ['a', 'b'] }), /2 labels for a 1×1 matrix/);
});

test('class balance bars and text-length histogram per label', () => {
  const balance = checkSchema(plot.classBalance(['b', 'a', 'b', 'b']));
  assert.deepEqual(balance.data[0].x, ['a', 'b']);
  assert.deepEqual(balance.data[0].y, [1, 3]);
  assert.deepEqual(balance.data[0].text, ['1 (25.0%)', '3 (75.0%)']);
  const lengths = checkSchema(plot.textLengths(['one two', 'one', 'a b c d'], { labels: ['x', 'y', 'x'] }));
  assert.deepEqual(lengths.data.map((t) => [t.name, t.x]), [['x', [2, 4]], ['y', [1]]]);
  const chars = checkSchema(plot.textLengths(['héllo'], { unit: 'characters' }));
  assert.deepEqual(chars.data[0].x, [5]);
  assert.throws(() => plot.textLengths(['a', 'b'], { labels: ['x'] }), /1 entries for 2 texts/);
});

test('ROC and PR figures carry the curve and its area in the legend', () => {
  const y = [0, 0, 1, 1];
  const s = [0.1, 0.4, 0.35, 0.8];
  const roc = checkSchema(plot.roc(y, s));
  assert.deepEqual(roc.data[0].x, [0, 0, 0.5, 0.5, 1]);
  assert.match(String(roc.data[0].name), /AUC 0\.750/);
  assert.equal((roc.data[0].customdata as string[])[0], 'Infinity');
  const pr = checkSchema(plot.precisionRecall(y, s));
  assert.deepEqual(pr.data[0].x, [1, 1, 0.5, 0.5, 0]);
  assert.match(String(pr.data[0].name), /AP 0\.833/);
  assert.throws(() => plot.roc({}), /no rocCurve/);
});

test('per-class F1 bars from a classification report', () => {
  const report = metrics.classificationReport([0, 1, 2, 2, 2], [0, 0, 2, 2, 1]);
  const json = checkSchema(plot.perClassF1(report));
  assert.deepEqual(json.data[0].x, ['0', '1', '2']);
  assert.deepEqual(json.data[0].text, ['0.67', '0.00', '0.80']);
  assert.match((json.layout.title as { text: string }).text, /macro F1 0\.489/);
});

test('training history: one panel per metric, steps as lines, epochs at their last step', () => {
  const history = {
    steps: [
      { step: 1, epoch: 0, loss: 1.0, lr: 0.1 },
      { step: 2, epoch: 0, loss: 0.8, lr: 0.1 },
      { step: 3, epoch: 1, loss: 0.6, lr: 0.05 },
      { step: 4, epoch: 1, loss: 0.5, lr: 0.05 },
    ],
    epochs: [
      { epoch: 0, loss: 0.9, val_loss: 0.95, acc: 0.6, val_acc: 0.55 },
      { epoch: 1, loss: 0.55, val_loss: 0.7, acc: 0.8, val_acc: 0.7 },
    ],
  };
  const json = checkSchema(historyFigure(history));
  const byName = Object.fromEntries(json.data.map((t) => [t.name, t]));
  assert.deepEqual(Object.keys(byName), ['loss (step)', 'loss (epoch)', 'val_loss', 'acc (epoch)', 'val_acc', 'lr (step)']);
  assert.deepEqual(byName['loss (step)'].x, [1, 2, 3, 4]);
  assert.deepEqual(byName.val_loss.x, [2, 4]);
  assert.deepEqual(byName.val_loss.y, [0.95, 0.7]);
  assert.equal(byName.val_acc.yaxis, 'y2');
  assert.ok(json.layout.yaxis3, 'three panels: loss, acc, lr');
  // Without step records the axis is epochs, 1-based.
  const epochsOnly = checkSchema(plot.history({ steps: [], epochs: history.epochs }));
  assert.deepEqual(epochsOnly.data[0].x, [1, 2]);
  assert.throws(() => historyFigure({} as never), /training history/);
});

test('embeddings: PCA recovers the two directions of spread, coloured by label, text on hover, no leaks', () => {
  // Spread 3 along axis 0 and 1 along axis 1 (variance 18 vs 2 of 20): PC1 = axis 0, PC2 = axis 1.
  const points = [[3, 0, 0], [-3, 0, 0], [0, 1, 0], [0, -1, 0]];
  const x = tf.tensor2d(points);
  const before = tf.memory().numTensors;
  const fig = plot.embeddings(x, { labels: ['a', 'a', 'b', 'b'], texts: ['<x>', 'y', 'z', 'w'] });
  assert.equal(tf.memory().numTensors, before, 'PCA leaked tensors');
  x.dispose();
  const json = checkSchema(fig);
  assert.deepEqual(json.data.map((t) => t.name), ['a', 'b']);
  const round = (v: unknown) => (v as number[]).map((n) => Math.round(n * 1e6) / 1e6 + 0);
  assert.deepEqual(round(json.data[0].x), [3, -3]);
  assert.deepEqual(round(json.data[0].y), [0, 0]);
  assert.deepEqual(round(json.data[1].y), [1, -1]);
  assert.deepEqual(json.data[0].text, ['&lt;x&gt;', 'y']);
  assert.match(String((json.layout.xaxis as { title: { text: string } }).title.text), /PC1 \(90\.0% of variance\)/);
  assert.throws(() => plot.embeddings([[1, 2]]), /at least 2 rows/);
  assert.throws(() => plot.embeddings(points, { texts: ['a'] }), /1 entries for 4 embeddings/);
});

test('PCA finds rotated directions, through the covariance (n > d) and the Gram matrix (n < d)', () => {
  const round = (xs: number[]) => xs.map((n) => Math.round(n * 1e6) / 1e6 + 0);
  // In 2-D: spread 3 along (1,1)/√2 and 1 along (1,-1)/√2.
  const r = Math.SQRT1_2;
  const rotated = pca2([[3 * r, 3 * r], [-3 * r, -3 * r], [r, -r], [-r, r]]);
  assert.deepEqual(round(rotated.points.map((p) => p[0])), [3, -3, 0, 0]);
  assert.deepEqual(round(rotated.points.map((p) => p[1])), [0, 0, 1, -1]);
  // In 6-D with 4 points: u = (1,1,1,1,0,0)/2, w = (0,0,0,0,1,-1)/√2; rows 3u, -3u, w, -w.
  const u = [0.5, 0.5, 0.5, 0.5, 0, 0];
  const w = [0, 0, 0, 0, r, -r];
  const wide = pca2([u.map((x) => 3 * x), u.map((x) => -3 * x), w, w.map((x) => -x)]);
  assert.deepEqual(round(wide.points.map((p) => p[0])), [3, -3, 0, 0]);
  assert.deepEqual(round(wide.points.map((p) => p[1])), [0, 0, 1, -1]);
  assert.deepEqual(round(wide.explainedVarianceRatio), [0.9, 0.1]);
  assert.throws(() => pca2([[1, 2], [3]]), /row 1 has 1 values but row 0 has 2/);
  assert.throws(() => pca2([[1, NaN], [3, 4]]), /NaN/);
});

test('a figure prints a one-line summary and rejects traces without a type', () => {
  assert.equal(String(plot.classBalance({ a: 2 })), 'Figure "Class balance (2 examples)" (1 bar)');
  assert.throws(() => plot.figure([{} as never]), /trace 0 has no string `type`/);
});
