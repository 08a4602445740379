// Which epoch is best so far on the monitored metric, and whether early stopping
// should end training (Keras's EarlyStopping: stop once `patience` epochs in a
// row fail to improve by more than minDelta).
import type { Logs, ResolvedEarlyStopping } from './options';

export interface BestState {
  value: number | null;
  epoch: number;
  wait: number;
}

export class BestEpoch {
  value: number | null = null;
  epoch = -1;
  /** Epochs since the last improvement. */
  wait = 0;

  constructor(
    private readonly monitor: ResolvedEarlyStopping,
    private readonly earlyStopping: boolean,
  ) {}

  /** Records an epoch's logs: whether it is the new best, and whether to stop now. */
  update(epoch: number, logs: Logs): { improved: boolean; stop: boolean } {
    const { metric, mode, minDelta, patience } = this.monitor;
    const value = logs[metric];
    const improved = this.value === null || (mode === 'min' ? value < this.value - minDelta : value > this.value + minDelta);
    if (improved) {
      this.value = value;
      this.epoch = epoch;
      this.wait = 0;
    } else {
      this.wait++;
    }
    return { improved, stop: this.earlyStopping && !improved && this.wait >= patience };
  }

  state(): BestState {
    return { value: this.value, epoch: this.epoch, wait: this.wait };
  }

  load(state: BestState): void {
    ({ value: this.value, epoch: this.epoch, wait: this.wait } = state);
  }
}
