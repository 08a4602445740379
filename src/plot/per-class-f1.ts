// Per-class F1 bars, with precision, recall and support on hover and the macro F1 as a line.
import { pyFixed } from '../metrics/format';
import type { ClassScores } from '../metrics/prf';
import { Figure } from './figure';
import { checkOptions } from '../options';
import { PER_CLASS_F1_SPEC } from './option-specs';

export interface PerClassSource {
  perClass: Record<string, ClassScores>;
  macro?: ClassScores;
}

export function perClassF1Figure(source: PerClassSource, options: { title?: string } = {}): Figure {
  checkOptions('tl.plot.perClassF1(source, options)', 'options', options, PER_CLASS_F1_SPEC);
  if (!source || typeof source.perClass !== 'object') {
    throw new TypeError('plot.perClassF1 takes a classification report or an evaluation report (an object with perClass).');
  }
  const names = Object.keys(source.perClass);
  const scores = names.map((n) => source.perClass[n]);
  const shapes = source.macro
    ? [{ type: 'line', xref: 'paper', x0: 0, x1: 1, y0: source.macro.f1, y1: source.macro.f1, line: { dash: 'dash', color: 'gray' } }]
    : [];
  return new Figure(
    [
      {
        type: 'bar',
        x: names,
        y: scores.map((s) => s.f1),
        text: scores.map((s) => pyFixed(s.f1, 2)),
        textposition: 'auto',
        customdata: scores.map((s) => [pyFixed(s.precision, 3), pyFixed(s.recall, 3), s.support]),
        hovertemplate:
          '%{x}<br>F1 %{y:.3f}<br>precision %{customdata[0]}<br>recall %{customdata[1]}<br>support %{customdata[2]}<extra></extra>',
      },
    ],
    {
      title: { text: options.title ?? (source.macro ? `F1 per class (macro F1 ${pyFixed(source.macro.f1, 3)})` : 'F1 per class') },
      xaxis: { title: { text: 'class' }, type: 'category' },
      yaxis: { title: { text: 'F1' }, range: [0, 1.05] },
      shapes,
    },
  );
}
