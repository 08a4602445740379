// tfjs optimizers (Adam, RMSProp, Adagrad, Adadelta, Adamax, Momentum) keep their
// per-variable state in arrays indexed by the variable's position in the list
// minimize() gets, not by name. When the set of trainable weights changes after
// compile, that state must follow its variable, or Adam would apply one weight's
// moments to another (shape errors at best, silent corruption at worst).
import { tf } from '../tf';

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
 * variable keeps its state wherever it moves; newly trainable ones get fresh
 * state, as the optimizer would create it (zeros; Adagrad's initial accumulator
 * value), so the arrays have no holes for getWeights() or saving to trip on;
 * state of variables no longer trained is disposed. A user who re-compiles with the same optimizer gets the same order,
 * so that stays correct too.
 */
export function realignOptimizerState<V extends { name: string; read(): tf.Tensor }>(optimizer: tf.Optimizer, previous: V[], next: V[]): void {
  const positions = new Map(previous.map((v, i) => [v, i]));
  const fields = optimizer as unknown as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const slots = fields[key];
    if (!isSlotArray(slots)) continue;
    const suffix = slotSuffix(slots, previous);
    const moved: SlotEntry[] = next.map((v) => {
      const old = positions.get(v);
      const entry = old === undefined ? undefined : slots[old];
      return entry ?? freshSlot(optimizer, v, suffix);
    });
    const kept = new Set(moved);
    for (const entry of slots) if (entry && !kept.has(entry)) entry.variable.dispose();
    fields[key] = moved;
  }
}

/** The '/m', '/accumulator', ... each optimizer appends to a variable's name for this kind of state. */
function slotSuffix(slots: Array<SlotEntry | undefined>, previous: Array<{ name: string }>): string {
  const i = slots.findIndex((e, j) => e !== undefined && previous[j] !== undefined);
  const entry = slots[i] as SlotEntry;
  return entry.originalName.startsWith(previous[i].name) ? entry.originalName.slice(previous[i].name.length) : '/state';
}

function freshSlot(optimizer: tf.Optimizer, v: { name: string; read(): tf.Tensor }, suffix: string): SlotEntry {
  const initial = optimizer.getClassName() === 'Adagrad' ? (optimizer as unknown as { initialAccumulatorValue: number }).initialAccumulatorValue : 0;
  const variable = tf.tidy(() => tf.fill(v.read().shape, initial).variable(false));
  return { originalName: `${v.name}${suffix}`, variable };
}
