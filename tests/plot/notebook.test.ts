// Notebook check: the transferlab kernel executes a notebook (via nbclient) with one cell
// per figure; every figure's MIME bundle passes plotly's schema basics, plotly.js reaches
// the notebook exactly once, and plot.show()'s handle updates its output in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCellsInKernel, skipWithoutNbclient as skip } from '../helpers/run-cells';

const PLOTLY_MIME = 'application/vnd.plotly.v1+json';
const LIBRARY = /plotly\.js v\d+\.\d+\.\d+/;

const FIGURE_CELLS: Array<[string, string[]]> = [
  ['tl.plot.confusionMatrix([[5, 1], [2, 7]], { labels: ["neg", "pos"] })', ['heatmap']],
  [
    'tl.historyFigure({ steps: [{ step: 1, epoch: 0, loss: 1 }, { step: 2, epoch: 0, loss: 0.7 }], ' +
      'epochs: [{ epoch: 0, loss: 0.8, val_loss: 0.9 }] })',
    ['scatter'],
  ],
  ['tl.plot.classBalance(["neg", "pos", "pos"])', ['bar']],
  ['tl.plot.textLengths(["one two", "three"], { labels: ["a", "b"] })', ['histogram']],
  ['tl.plot.roc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])', ['scatter']],
  ['tl.plot.precisionRecall([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])', ['scatter']],
  ['tl.plot.embeddings([[3, 0, 0], [-3, 0, 0], [0, 1, 0], [0, -1, 0]], { labels: ["a", "a", "b", "b"], texts: ["w", "x", "y", "z"] })', ['scatter']],
  ['tl.plot.perClassF1(tl.metrics.classificationReport([0, 1, 2, 2], [0, 1, 2, 1]))', ['bar']],
];

test('a notebook run by the kernel shows every figure with plotly JSON, and plotly.js once', { skip, timeout: 300_000 }, () => {
  // Each cell imports the library itself, so that the check does not depend on the kernel
  // carrying imports across cells.
  const IMPORT = 'import * as tl from "transferlab";\n';
  const cells = [
    `${IMPORT}await tl.tf.ready();`,
    ...FIGURE_CELLS.map(([code]) => IMPORT + code),
    `${IMPORT}const live = tl.plot.show(tl.plot.classBalance(["a"]));\nlive.update(tl.plot.classBalance(["a", "b", "b"]));`,
  ];
  const outputs = runCellsInKernel(cells);
  const errors = outputs.flat().filter((o) => o.output_type === 'error');
  assert.deepEqual(errors.map((e) => `${e.ename}: ${e.evalue}`), []);

  FIGURE_CELLS.forEach(([code, traceTypes], i) => {
    const rich = outputs[i + 1].filter((o) => o.data?.[PLOTLY_MIME]);
    assert.equal(rich.length, 1, `one figure from: ${code}`);
    const fig = rich[0].data![PLOTLY_MIME] as { data: Array<{ type: string }>; layout: Record<string, unknown> };
    assert.ok(Array.isArray(fig.data) && fig.data.length > 0, `data array from: ${code}`);
    for (const t of fig.data) assert.ok(traceTypes.includes(t.type), `trace type ${t.type} from: ${code}`);
    assert.equal(fig.data[0].type, traceTypes[0]);
    assert.equal(typeof fig.layout, 'object');
    assert.match(String(rich[0].data!['text/plain']), /^Figure "/);
  });

  const withLibrary = outputs.flat().filter((o) => LIBRARY.test(String(o.data?.['text/html'] ?? '')));
  assert.equal(withLibrary.length, 1, 'plotly.js is sent once per kernel session');
  assert.ok(outputs[1].includes(withLibrary[0]), 'with the first figure');

  const live = outputs[outputs.length - 1].filter((o) => o.data?.[PLOTLY_MIME]);
  assert.equal(live.length, 1, 'the update replaced the shown figure instead of adding one');
  assert.deepEqual((live[0].data![PLOTLY_MIME] as { data: Array<{ y: number[] }> }).data[0].y, [1, 2]);
});
