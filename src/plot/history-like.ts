// The shape of a training history: what the history plot reads (the training loop's History implements it).

/** One record per epoch ('epoch', 'loss', 'val_loss', 'acc', 'val_acc', ...) and per step ('step', 'epoch', 'loss', 'lr', ...). */
export interface HistoryLike {
  epochs: Array<Record<string, number>>;
  steps: Array<Record<string, number>>;
}
