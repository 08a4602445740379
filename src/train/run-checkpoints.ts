// A training run's checkpoints, shared by fineTune's two loops (classifiers and seq2seq):
// where they go (options.checkpoint), resuming from one (options.resume: weights, optimizer
// slots, RNG, epoch/step, history and best-epoch state), and writing best.ckpt / last.ckpt
// after an epoch. The file format is checkpoint.ts's.
import type { tf } from '../tf';
import type { SeededRandom } from '../seed';
import type { Adam } from './adam';
import type { BestEpoch } from './best-epoch';
import { checkpointFile, readCheckpoint, writeCheckpoint, type LoopState } from './checkpoint';
import type { History } from './history';
import type { FineTuneOptions, ResolvedEarlyStopping } from './options';
import { restoreWeights, snapshotWeights, type SavedTensor } from './weights';

/** What a checkpoint captures of a run. */
export interface RunParts {
  model: tf.LayersModel;
  optimizer: Adam;
  rng: SeededRandom;
  history: History;
  best: BestEpoch;
  seed: number;
  /** Training examples and batch size: a resumed run must see the same batches. */
  examples: number;
  batchSize: number;
  epochs: number;
}

export interface Resumed {
  /** The next epoch to run. */
  epoch: number;
  step: number;
  /** The best epoch's weights, when early stopping will want them back. */
  bestWeights?: SavedTensor[];
}

export class RunCheckpoints {
  readonly dir: string | undefined;
  private readonly every: number;
  private readonly resumeDir: string | undefined;

  constructor(
    options: FineTuneOptions,
    private readonly run: RunParts,
  ) {
    this.dir = typeof options.checkpoint === 'string' ? options.checkpoint : options.checkpoint?.dir;
    this.every = typeof options.checkpoint === 'object' ? (options.checkpoint.every ?? 1) : 1;
    if (options.resume === true && !this.dir) throw new Error('fineTune: resume: true needs checkpoint: { dir }; or pass resume: "<dir>"');
    this.resumeDir = options.resume === true ? this.dir : options.resume || undefined;
  }

  /** Loads the resume checkpoint into the run (nothing to do without options.resume). */
  async resume(monitor: ResolvedEarlyStopping, earlyStopping: boolean): Promise<Resumed> {
    if (!this.resumeDir) return { epoch: 0, step: 0 };
    const { model, optimizer, rng, history, best } = this.run;
    const file = checkpointFile(this.resumeDir, 'last');
    const ckpt = await readCheckpoint(file);
    const s = ckpt.state;
    if (s.examples !== this.run.examples || s.batchSize !== this.run.batchSize) {
      throw new Error(`fineTune: ${file} was written for ${s.examples} examples in batches of ${s.batchSize}; resume with the same train data and batchSize`);
    }
    restoreWeights(model, ckpt.weights, `${file} (resume from a checkpoint of this model, or pick another folder than ${this.resumeDir})`);
    optimizer.load(ckpt.optimizer);
    rng.setState(s.rng);
    history.seed = s.seed;
    best.load(s.best);
    history.epochs.push(...s.history.epochs);
    history.steps.push(...s.history.steps);
    const wantBest = monitor.restoreBest && earlyStopping && best.epoch >= 0;
    const bestWeights = wantBest ? (await readCheckpoint(checkpointFile(this.resumeDir, 'best'))).weights : undefined;
    return { epoch: s.epoch, step: s.step, bestWeights };
  }

  /** After an epoch: best.ckpt when it improved, last.ckpt every `every` epochs, at the end, and before an early stop. */
  async afterEpoch(epoch: number, step: number, improved: boolean, stopping: boolean): Promise<void> {
    if (improved) await this.save('best', epoch + 1, step);
    if ((epoch + 1) % this.every === 0 || epoch + 1 === this.run.epochs || stopping) await this.save('last', epoch + 1, step);
  }

  private async save(which: 'best' | 'last', nextEpoch: number, step: number): Promise<void> {
    if (!this.dir) return;
    const { model, optimizer, rng, history, best } = this.run;
    const state: LoopState = {
      epoch: nextEpoch,
      step,
      rng: rng.getState(),
      seed: this.run.seed,
      examples: this.run.examples,
      batchSize: this.run.batchSize,
      history: { epochs: history.epochs, steps: history.steps },
      best: best.state(),
    };
    await writeCheckpoint(checkpointFile(this.dir, which), { state, weights: snapshotWeights(model), optimizer: optimizer.save() });
  }
}
