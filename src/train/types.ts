// The shape of a training history, shared by the training loop and the plots.

/** One record per epoch ('epoch', 'loss', 'val_loss', 'acc', 'val_acc', ...) and per step ('step', 'epoch', 'loss', 'lr', ...). */
export interface HistoryLike {
  epochs: Array<Record<string, number>>;
  steps: Array<Record<string, number>>;
}
