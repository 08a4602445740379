// How a training run ends, shared by fineTune's two loops (classifiers and seq2seq).
import type { tf } from '../tf';
import type { BestEpoch } from './best-epoch';
import type { History } from './history';
import type { TrainCallbacks } from './options';
import { restoreWeights, type SavedTensor } from './weights';

/**
 * After the last epoch: puts the best epoch's weights back when early stopping kept them
 * and training was not stopped by the user, then calls onTrainEnd.
 */
export async function finishEpochs(
  layersModel: tf.LayersModel,
  history: History,
  best: BestEpoch,
  bestWeights: SavedTensor[] | undefined,
  callbacks: TrainCallbacks,
): Promise<History> {
  const lastEpoch = history.epochs[history.epochs.length - 1]?.epoch;
  if (history.stopReason !== 'stopped' && bestWeights && best.epoch !== lastEpoch) {
    restoreWeights(layersModel, bestWeights, 'the best epoch');
    history.restoredEpoch = best.epoch;
  }
  await callbacks.onTrainEnd?.(history.epochs[history.epochs.length - 1] ?? {});
  return history;
}

/** Marks the run as failed and hands its history to the caller on the error; returns the error to rethrow. */
export function failedRun(history: History, err: unknown): unknown {
  history.stopReason = 'error';
  if (err !== null && typeof err === 'object') (err as { history?: History }).history = history;
  return err;
}
