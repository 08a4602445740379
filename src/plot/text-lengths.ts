// Text-length histogram (in words, characters or tokens), one overlaid series per label
// when labels are given: the first look at how long maxLength should be.
import type { Tokenizer } from '../tokenizers/types';
import type { Label } from '../metrics/labels';
import { columnValues, isDataFrameLike, type DataFrameLike } from '../data/frame-like';
import { Figure, type PlotlyTrace } from './figure';
import { checkOptions } from '../options';
import { TEXT_LENGTH_FIGURE_SPEC } from './option-specs';

export interface TextLengthFigureOptions {
  /** Text column when given a DataFrame; default 'text'. */
  column?: string;
  /** Label column to split the histogram by (DataFrame input). */
  labelColumn?: string;
  /** Labels to split the histogram by (array input). */
  labels?: Label[];
  /** 'words' (default) or 'characters'; ignored when a tokenizer is given. */
  unit?: 'words' | 'characters';
  /** Count tokens with this tokenizer instead. */
  tokenizer?: Tokenizer;
  title?: string;
}

function lengthOf(text: string, options: TextLengthFigureOptions): number {
  if (options.tokenizer) return options.tokenizer.encode(text).length;
  if (options.unit === 'characters') return [...text].length;
  return text.split(/\s+/).filter(Boolean).length;
}

export function textLengthFigure(source: string[] | DataFrameLike, options: TextLengthFigureOptions = {}): Figure {
  checkOptions('tl.plot.textLengths(source, options)', 'options', options, TEXT_LENGTH_FIGURE_SPEC);
  const df = isDataFrameLike(source) ? source : undefined;
  const texts = df ? columnValues(df, options.column ?? 'text', 'plot.textLengths') : source;
  if (!Array.isArray(texts)) throw new TypeError('plot.textLengths takes an array of texts or a DataFrame.');
  texts.forEach((t, i) => {
    if (typeof t !== 'string') throw new TypeError(`plot.textLengths: text ${i} is ${typeof t}, not a string.`);
  });
  const labels = df && options.labelColumn ? columnValues(df, options.labelColumn, 'options.labelColumn') : options.labels;
  if (labels && labels.length !== texts.length) {
    throw new RangeError(`options.labels has ${labels.length} entries for ${texts.length} texts: give one label per text.`);
  }
  const lengths = (texts as string[]).map((t) => lengthOf(t, options));
  const unit = options.tokenizer ? 'tokens' : options.unit ?? 'words';
  const groups = new Map<string, number[]>();
  lengths.forEach((len, i) => {
    const key = labels ? String(labels[i]) : 'all';
    const group = groups.get(key);
    if (group) group.push(len);
    else groups.set(key, [len]);
  });
  const traces: PlotlyTrace[] = [...groups].map(([name, x]) => ({
    type: 'histogram',
    name,
    x,
    opacity: groups.size > 1 ? 0.6 : 1,
    hovertemplate: `%{x} ${unit}: %{y} texts<extra>${name}</extra>`,
  }));
  const sorted = [...lengths].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return new Figure(traces, {
    title: { text: options.title ?? `Text length in ${unit} (median ${pct(0.5)}, 95th percentile ${pct(0.95)})` },
    barmode: 'overlay',
    xaxis: { title: { text: unit } },
    yaxis: { title: { text: 'texts' } },
    showlegend: groups.size > 1,
  });
}
