// Confusion-matrix heatmap: true labels down, predicted across, the count written in
// every cell (as a layout annotation, so each cell's text is its own SVG element).
import { normalizeMatrix } from '../metrics/confusion-matrix';
import { pyFixed } from '../metrics/format';
import type { Label } from '../metrics/labels';
import { Figure } from './figure';
import { checkOptions } from '../options';
import { CONFUSION_MATRIX_FIGURE_SPEC } from './option-specs';

export interface ConfusionMatrixSource {
  confusionMatrix: number[][];
  labels: Label[];
}

export interface ConfusionMatrixFigureOptions {
  labels?: Label[];
  /** Colour by row ('true'), column ('pred') or overall ('all') fractions; cells still show counts. */
  normalize?: 'true' | 'pred' | 'all';
  title?: string;
}

function checkSquare(matrix: number[][]): void {
  const n = matrix.length;
  if (n === 0 || matrix.some((row) => !Array.isArray(row) || row.length !== n || row.some((v) => !Number.isFinite(v)))) {
    throw new RangeError('plot.confusionMatrix needs a square, non-empty matrix of finite numbers (rows: true, columns: predicted).');
  }
}

export function confusionMatrixFigure(
  source: number[][] | ConfusionMatrixSource,
  options: ConfusionMatrixFigureOptions = {},
): Figure {
  checkOptions('tl.plot.confusionMatrix(source, options)', 'options', options, CONFUSION_MATRIX_FIGURE_SPEC);
  const counts = Array.isArray(source) ? source : source?.confusionMatrix;
  if (!Array.isArray(counts)) {
    throw new TypeError('plot.confusionMatrix takes a matrix (number[][]) or an evaluation report from tl.evaluate().');
  }
  checkSquare(counts);
  const n = counts.length;
  const labels = (options.labels ?? (Array.isArray(source) ? undefined : source.labels) ?? counts.map((_, i) => i)).map(String);
  if (labels.length !== n) {
    throw new RangeError(`options.labels has ${labels.length} labels for a ${n}×${n} matrix: give one label per row.`);
  }
  const z = options.normalize ? normalizeMatrix(counts, options.normalize) : counts;
  const max = Math.max(...z.flat());
  const annotations = counts.flatMap((row, i) =>
    row.map((count, j) => ({
      x: labels[j],
      y: labels[i],
      text: options.normalize ? `${pyFixed(z[i][j], 2)}<br>(${count})` : String(count),
      showarrow: false,
      font: { color: max > 0 && z[i][j] > max / 2 ? 'white' : 'black' },
    })),
  );
  return new Figure(
    [
      {
        type: 'heatmap',
        z,
        x: labels,
        y: labels,
        // plotly's 'Blues' runs dark to light; reversed, larger counts are darker, as in scikit-learn's plots.
        colorscale: 'Blues',
        reversescale: true,
        // Colour against zero (or 0..1 for fractions) so that near-equal counts do not look far apart.
        zmin: 0,
        ...(options.normalize ? { zmax: 1 } : {}),
        hovertemplate: 'true %{y}<br>predicted %{x}<br>value %{z}<extra></extra>',
        colorbar: { title: { text: options.normalize ? 'fraction' : 'count' } },
      },
    ],
    {
      title: { text: options.title ?? 'Confusion matrix' },
      xaxis: { title: { text: 'Predicted label' }, type: 'category', side: 'bottom' },
      yaxis: { title: { text: 'True label' }, type: 'category', autorange: 'reversed' },
      annotations,
      height: Math.min(800, 300 + 50 * n),
    },
  );
}
