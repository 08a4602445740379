// Question answering trains on positions: the answer's start and end token are each a
// class over the window's tokens, so the "classes" are the window length, and the data
// must be the windows themselves (qa.trainingData(records): x [n, maxLength], y [n, 2]).
import { tf } from '../tf';
import type { TrainData } from './inputs';

/** Positions per window of `data` (tensors { x, y }); a DataFrame gets an error that says what to pass. */
export function positionClasses(data: TrainData, arg: string): number {
  const d = data as { x?: unknown; y?: unknown };
  if (!(d.x instanceof tf.Tensor) || !(d.y instanceof tf.Tensor) || d.x.rank !== 2 || d.y.rank !== 2 || d.y.shape[1] !== 2) {
    throw new Error(`fineTune: ${arg} of a question-answering model must be windows { x: [n, maxLength], y: [n, 2] }; pass qa.trainingData(records) (records with question, context, answers).`);
  }
  return d.x.shape[1];
}
