// Telling a TextModel (tl.classifier(), tl.load()) from a plain tf.LayersModel, which also has
// predict(): a TextModel wraps a LayersModel and adds encode() and its labels.
import { tf } from '../tf';
import type { TextModel } from './types';

export function isTextModel(value: unknown): value is TextModel {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<TextModel>;
  return (
    m.model instanceof tf.LayersModel &&
    typeof m.encode === 'function' &&
    typeof m.predict === 'function' &&
    Array.isArray(m.labels) &&
    typeof m.config === 'object' && m.config !== null
  );
}
