// Embeddings projected to 2-D with PCA: one colour per label, the text on hover.
import type { tf } from '../tf';
import type { Label } from '../metrics/labels';
import { escapeHtml } from '../display/escape-html';
import { Figure, type PlotlyTrace } from './figure';
import { pca2 } from './pca';
import { checkOptions } from '../options';
import { EMBEDDINGS_SPEC } from './option-specs';

export interface EmbeddingsFigureOptions {
  /** One label per row: colours the points. */
  labels?: Label[];
  /** One text per row: shown on hover. */
  texts?: string[];
  title?: string;
}

const HOVER_CHARS = 200;

/** Plotly hover text is HTML: escape it, shorten it and wrap long lines. */
function hoverText(text: string): string {
  const short = text.length > HOVER_CHARS ? `${text.slice(0, HOVER_CHARS)}…` : text;
  return escapeHtml(short).replace(/(.{1,60})(\s+|$)/g, '$1<br>').replace(/<br>$/, '');
}

export function embeddingsFigure(embeddings: tf.Tensor2D | number[][], options: EmbeddingsFigureOptions = {}): Figure {
  checkOptions('tl.plot.embeddings(embeddings, options)', 'options', options, EMBEDDINGS_SPEC);
  const n = Array.isArray(embeddings) ? embeddings.length : embeddings.shape[0];
  for (const key of ['labels', 'texts'] as const) {
    const values = options[key];
    if (values !== undefined && values.length !== n) {
      throw new RangeError(`options.${key} has ${values.length} entries for ${n} embeddings: give one per row.`);
    }
  }
  const { points, explainedVarianceRatio } = pca2(embeddings);
  const groups = new Map<string, number[]>();
  points.forEach((_, i) => {
    const key = options.labels ? String(options.labels[i]) : 'all';
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const traces: PlotlyTrace[] = [...groups].map(([name, rows]) => ({
    // SVG scatter draws anywhere; WebGL only pays off for large point counts.
    type: n > 5000 ? 'scattergl' : 'scatter',
    mode: 'markers',
    name,
    x: rows.map((i) => points[i][0]),
    y: rows.map((i) => points[i][1]),
    marker: { size: 6, opacity: 0.7 },
    ...(options.texts
      ? { text: rows.map((i) => hoverText(options.texts![i])), hovertemplate: `%{text}<extra>${escapeHtml(name)}</extra>` }
      : { hovertemplate: `(%{x:.3f}, %{y:.3f})<extra>${escapeHtml(name)}</extra>` }),
  }));
  const pct = (r: number) => `${(100 * r).toFixed(1)}%`;
  return new Figure(traces, {
    title: { text: options.title ?? `Embeddings, PCA to 2-D (${n} points)` },
    xaxis: { title: { text: `PC1 (${pct(explainedVarianceRatio[0])} of variance)` } },
    yaxis: { title: { text: `PC2 (${pct(explainedVarianceRatio[1])} of variance)` } },
    hovermode: 'closest',
    showlegend: groups.size > 1,
  });
}
