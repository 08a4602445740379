// Stopping a running fineTune from outside (another cell, a timer, an interrupt)
// and finding the history of the last run of a model, even when it threw.
// Interrupts: the transferlab kernel turns "interrupt kernel" into a SIGINT on its
// own process (and rejects the cell's pending await); Ctrl-C does the same in a
// terminal. A running fineTune listens for SIGINT and stops at the next batch
// boundary, so the loop does not run on in the background after the cell ends.
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
 * Stops the run at the next batch boundary on SIGINT. A second SIGINT in a plain
 * script (no other listener) quits as Node would have. Returns the unsubscribe.
 */
export function stopOnInterrupt(run: Run, silent: boolean): () => void {
  const onSigint = () => {
    if (run.stop && process.listenerCount('SIGINT') === 1) {
      process.removeListener('SIGINT', onSigint);
      process.kill(process.pid, 'SIGINT');
      return;
    }
    run.stop = true;
    if (!silent) process.stderr.write('\nfineTune: interrupted, stopping after this batch\n');
  };
  process.on('SIGINT', onSigint);
  return () => process.removeListener('SIGINT', onSigint);
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
