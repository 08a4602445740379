// Training history: one panel per metric (loss first), per-step training values as a
// thin line, per-epoch training and validation values as markers on the same step axis.
import type { HistoryLike } from './history-like';
import { Figure, type PlotlyTrace } from './figure';
import { checkOptions } from '../options';
import { HISTORY_SPEC } from './option-specs';

const NOT_METRICS = new Set(['epoch', 'step', 'batch', 'size', 'time', 'seconds']);
const TRAIN_COLOR = '#1f77b4';
const VAL_COLOR = '#ff7f0e';

function baseName(key: string): string {
  return key.startsWith('val_') ? key.slice(4) : key;
}

function metricNames(history: HistoryLike): string[] {
  const names = new Set<string>();
  for (const record of [...history.steps, ...history.epochs]) {
    for (const key of Object.keys(record)) if (!NOT_METRICS.has(key)) names.add(baseName(key));
  }
  return [...names].sort((a, b) => (a === 'loss' ? -1 : b === 'loss' ? 1 : a.localeCompare(b)));
}

function checkHistory(history: HistoryLike): void {
  if (!history || !Array.isArray(history.epochs) || !Array.isArray(history.steps)) {
    throw new TypeError('historyFigure takes a training history { epochs: [...], steps: [...] } as returned by tl.fineTune().');
  }
}

export function historyFigure(history: HistoryLike, options: { title?: string } = {}): Figure {
  checkOptions('tl.plot.history(history, options)', 'options', options, HISTORY_SPEC);
  checkHistory(history);
  const steps = history.steps;
  // Global step of each step record: its own 'step' when that keeps increasing, else its position.
  const increasing = steps.every((s, i) => typeof s.step === 'number' && (i === 0 || s.step > steps[i - 1].step));
  const stepX = steps.map((s, i) => (increasing ? s.step : i + 1));
  const lastStepOfEpoch = new Map<number, number>();
  steps.forEach((s, i) => {
    if (typeof s.epoch === 'number') lastStepOfEpoch.set(s.epoch, stepX[i]);
  });
  const onStepAxis = steps.length > 0;
  const epochX = history.epochs.map((e, i) => {
    const epoch = typeof e.epoch === 'number' ? e.epoch : i;
    return onStepAxis ? lastStepOfEpoch.get(epoch) ?? null : epoch + 1;
  });

  const names = metricNames(history);
  const traces: PlotlyTrace[] = [];
  const layout: Record<string, unknown> = {
    title: { text: options.title ?? 'Training history' },
    height: Math.max(300, 220 * Math.max(1, names.length)),
    xaxis: { title: { text: onStepAxis ? 'step' : 'epoch' }, anchor: `y${names.length > 1 ? names.length : ''}` },
    legend: { orientation: 'h' },
  };
  const gap = 0.06;
  names.forEach((name, k) => {
    const axis = k === 0 ? '' : String(k + 1);
    const top = 1 - k / names.length;
    const bottom = 1 - (k + 1) / names.length + (k < names.length - 1 ? gap : 0);
    layout[`yaxis${axis}`] = { title: { text: name }, domain: [Math.max(0, bottom), top] };
    const series = (x: Array<number | null>, records: Array<Record<string, number>>, key: string) => ({
      x: x.filter((_, i) => typeof records[i][key] === 'number'),
      y: records.filter((r) => typeof r[key] === 'number').map((r) => r[key]),
    });
    const common = { xaxis: 'x', yaxis: `y${axis}`, legendgroup: name };
    const perStep = series(stepX, steps, name);
    if (perStep.y.length > 0) {
      traces.push({ type: 'scatter', mode: 'lines', name: `${name} (step)`, ...perStep, ...common, line: { width: 1, color: TRAIN_COLOR }, opacity: 0.5 });
    }
    const train = series(epochX, history.epochs, name);
    if (train.y.length > 0) {
      traces.push({ type: 'scatter', mode: 'lines+markers', name: `${name} (epoch)`, ...train, ...common, line: { color: TRAIN_COLOR } });
    }
    const val = series(epochX, history.epochs, `val_${name}`);
    if (val.y.length > 0) {
      traces.push({ type: 'scatter', mode: 'lines+markers', name: `val_${name}`, ...val, ...common, line: { color: VAL_COLOR } });
    }
  });
  return new Figure(traces, layout);
}
