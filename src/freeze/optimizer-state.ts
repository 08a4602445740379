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

function isSlotArray(value: unknown): value is Array<SlotEntry | undefined> {
  // every() skips holes: arrays re-indexed below may have some.
  return Array.isArray(value) && value.length > 0 && value.every((v) => v && typeof v === 'object' && typeof (v as SlotEntry).originalName === 'string' && 'variable' in v);
}

/**
 * Re-indexes the optimizer's per-variable state from the old variable order to
 * `next` (the model's trainableWeights, the order compile() would give). A
 * variable keeps its state wherever it moves; newly trainable ones leave a hole
 * that the optimizer fills with fresh state on the next step (it creates state
 * wherever an index holds none); state of variables no longer trained is
 * disposed. A user who re-compiles with the same optimizer gets the same order,
 * so that stays correct too.
 */
export function realignOptimizerState<V>(optimizer: tf.Optimizer, previous: V[], next: V[]): void {
  const positions = new Map(previous.map((v, i) => [v, i]));
  const fields = optimizer as unknown as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const slots = fields[key];
    if (!isSlotArray(slots)) continue;
    const moved: SlotEntry[] = [];
    next.forEach((v, i) => {
      const old = positions.get(v);
      const entry = old === undefined ? undefined : slots[old];
      if (entry) moved[i] = entry;
    });
    const kept = new Set(moved);
    for (const entry of slots) if (entry && !kept.has(entry)) entry.variable.dispose();
    fields[key] = moved;
  }
}
