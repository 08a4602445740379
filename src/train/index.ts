// The training loop: fineTune, its history, learning-rate schedules, stopping.
export type { HistoryLike } from '../plot/history-like';
export { fineTune } from './fine-tune';
export type { FineTuneOptions, TrainCallbacks, EarlyStoppingOptions, CheckpointOptions, Logs } from './options';
export type { TrainData, TensorData } from './inputs';
export type { Seq2SeqRow, Seq2SeqData } from './seq2seq-data';
export { History, historyTable, type StopReason } from './history';
export {
  constantSchedule,
  linearSchedule,
  cosineSchedule,
  oneCycleSchedule,
  resolveSchedule,
  type LrSchedule,
  type ScheduleShape,
  type OneCycleShape,
  type ScheduleName,
} from './schedules';
export { stopTraining, lastHistory } from './stop';
export type { CacheMode } from './feature-cache';
