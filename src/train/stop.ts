// Stopping a running fineTune from outside (another cell, a timer, a signal
// handler) and finding the history of the last run of a model, even when it threw.
import type { History } from './history';

interface Run {
  model: object;
  stop: boolean;
}

const runs = new Set<Run>();
const lastHistories = new WeakMap<object, History>();

/** Registers a run on `model` (a LayersModel); `aliases` (the TextModel) also find its history. */
export function startRun(model: object, aliases: object[], history: History): Run {
  const run = { model, stop: false };
  runs.add(run);
  for (const m of [model, ...aliases]) lastHistories.set(m, history);
  return run;
}

export function endRun(run: Run): void {
  runs.delete(run);
}

/**
 * Asks running fineTune calls (all of them, or the one training `model`) to stop at
 * the next batch boundary; they then return their history. Returns how many were asked.
 */
export function stopTraining(model?: object): number {
  let n = 0;
  for (const run of runs) {
    const target = model && 'model' in model ? [model, (model as { model: object }).model] : [model];
    if (model === undefined || target.includes(run.model)) {
      run.stop = true;
      n++;
    }
  }
  return n;
}

/** The history of the latest fineTune on this model (a TextModel or its LayersModel), finished or not. */
export function lastHistory(model: object): History | undefined {
  return lastHistories.get(model);
}
