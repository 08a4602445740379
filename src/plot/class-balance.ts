// Class balance: one bar per label with its count and share of the data.
import { sortLabels, type Label } from '../metrics/labels';
import { columnValues, isDataFrameLike, type DataFrameLike } from '../data/frame-like';
import { Figure } from './figure';
import { checkOptions } from '../options';
import { CLASS_BALANCE_SPEC } from './option-specs';

export interface ClassBalanceOptions {
  /** Column holding the labels when given a DataFrame; default 'label'. */
  column?: string;
  title?: string;
}

export function classBalanceFigure(
  source: Label[] | Record<string, number> | DataFrameLike,
  options: ClassBalanceOptions = {},
): Figure {
  checkOptions('tl.plot.classBalance(source, options)', 'options', options, CLASS_BALANCE_SPEC);
  let counts: Map<string, number>;
  if (Array.isArray(source) || isDataFrameLike(source)) {
    const values = (isDataFrameLike(source) ? columnValues(source, options.column ?? 'label', 'plot.classBalance') : source) as Label[];
    counts = new Map(sortLabels([...new Set(values)]).map((l) => [String(l), 0]));
    values.forEach((v) => counts.set(String(v), (counts.get(String(v)) ?? 0) + 1));
  } else if (source && typeof source === 'object') {
    counts = new Map(Object.entries(source));
  } else {
    throw new TypeError('plot.classBalance takes an array of labels, a { label: count } object or a DataFrame.');
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const labels = [...counts.keys()];
  const values = [...counts.values()];
  return new Figure(
    [
      {
        type: 'bar',
        x: labels,
        y: values,
        text: values.map((v) => `${v} (${total ? ((100 * v) / total).toFixed(1) : '0.0'}%)`),
        textposition: 'auto',
        hovertemplate: '%{x}: %{y}<extra></extra>',
      },
    ],
    {
      title: { text: options.title ?? `Class balance (${total} examples)` },
      xaxis: { title: { text: 'label' }, type: 'category' },
      yaxis: { title: { text: 'examples' } },
    },
  );
}
