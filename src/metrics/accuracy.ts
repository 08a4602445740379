// Fraction of examples whose predicted label equals the true one (sklearn's accuracy_score).
import { checkSameLength, uniqueLabels, type Label } from './labels';

export function accuracy(yTrue: readonly Label[], yPred: readonly Label[]): number {
  checkSameLength(yTrue, yPred, ['yTrue', 'yPred']);
  if (yTrue.length === 0) throw new RangeError('accuracy needs at least one example; yTrue and yPred are empty.');
  uniqueLabels(yTrue, yPred);
  let correct = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) correct++;
  return correct / yTrue.length;
}
