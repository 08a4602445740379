// tfjs optimizers (Adam, RMSProp, Adagrad, Adadelta, Adamax, Momentum) keep their
// per-variable state in arrays indexed by the variable's position in the list
// minimize() gets, not by name. When the set of trainable weights changes after
// compile, that state must follow its variable, or Adam would apply one weight's
// moments to another (shape errors at best, silent corruption at worst).
import type { tf } from '../tf';

interface SlotEntry {
  originalName: string;
  variable: tf.Variable;
}

function isSlotArray(value: unknown): value is SlotEntry[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => v && typeof v === 'object' && typeof (v as SlotEntry).originalName === 'string' && 'variable' in v);
}

/**
 * Re-indexes the optimizer's per-variable state from the old variable order to
 * `next`, which must list the surviving variables first, in their old order, and
 * the newly trainable ones after them. State of variables no longer trained is
 * disposed; newly trainable ones get fresh state on the next step.
 */
export function realignOptimizerState<V>(optimizer: tf.Optimizer, previous: V[], next: V[]): void {
  const positions = new Map(previous.map((v, i) => [v, i]));
  const fields = optimizer as unknown as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const slots = fields[key];
    if (!isSlotArray(slots)) continue;
    const kept: SlotEntry[] = [];
    for (const v of next) {
      const old = positions.get(v);
      const entry = old === undefined ? undefined : slots[old];
      if (entry === undefined) break; // state is created lazily in order; the rest is created next step
      kept.push(entry);
    }
    const keptSet = new Set(kept);
    for (const entry of slots) if (entry && !keptSet.has(entry)) entry.variable.dispose();
    fields[key] = kept;
  }
}
