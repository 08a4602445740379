// Adam (Kingma & Ba; the same update as tf.train.adam) with a learning rate per
// call and state per weight. Why our own rather than tf.train.adam: per-group
// learning rates become one multiplication instead of one optimizer per group,
// each weight keeps its own step count (a layer unfrozen at epoch 3 starts its
// bias correction at 1, as PyTorch does), and the state is keyed by the weight's
// position in stableWeights(model), so a checkpoint restores into a freshly built model.
import { tf } from '../tf';

export interface AdamConfig {
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

interface Slot {
  m: tf.Variable;
  v: tf.Variable;
  t: number;
}

export interface WeightUpdate {
  /** Position of the weight in stableWeights(model). */
  index: number;
  variable: tf.Variable;
  grad: tf.Tensor;
  lr: number;
}

export interface SavedSlot {
  index: number;
  t: number;
  shape: number[];
  m: Float32Array;
  v: Float32Array;
}

export class Adam {
  private readonly slots = new Map<number, Slot>();
  private readonly beta1: number;
  private readonly beta2: number;
  private readonly epsilon: number;

  constructor(config: AdamConfig = {}) {
    this.beta1 = config.beta1 ?? 0.9;
    this.beta2 = config.beta2 ?? 0.999;
    this.epsilon = config.epsilon ?? 1e-7;
  }

  /**
   * Applies one update to each weight. Synchronous: no weight is ever half-updated at an await.
   * Temporaries are as large as their weight, so they never outlive one weight's update: at
   * BERT-base size (110M weights) holding them all overflowed the wasm heap. On the wasm
   * backends the update is one pass over the heap with a single new tensor (the new weights).
   */
  apply(updates: WeightUpdate[]): void {
    for (const { index, variable, grad, lr } of updates) {
      const slot = this.slot(index, variable.shape);
      slot.t += 1;
      if (this.applyOnHeap(slot, variable, grad, lr)) continue;
      tf.tidy(() => slot.m.assign(slot.m.mul(this.beta1).add(grad.mul(1 - this.beta1))));
      tf.tidy(() => slot.v.assign(slot.v.mul(this.beta2).add(grad.square().mul(1 - this.beta2))));
      tf.tidy(() => {
        const mHat = slot.m.div(1 - this.beta1 ** slot.t);
        const vHat = slot.v.div(1 - this.beta2 ** slot.t);
        variable.assign(variable.sub(mHat.div(vHat.sqrt().add(this.epsilon)).mul(lr)));
      });
    }
  }

  /**
   * The same update in one loop over float32 views of the wasm heap: m and v (private to this
   * optimizer) in place, the weights into a fresh tensor (the old one may be shared). False
   * when the backend keeps tensors elsewhere.
   */
  private applyOnHeap(slot: Slot, variable: tf.Variable, grad: tf.Tensor, lr: number): boolean {
    const backend = tf.backend() as unknown as { typedArrayFromHeap?: (t: tf.TensorInfo) => Float32Array };
    if (typeof backend.typedArrayFromHeap !== 'function' || variable.dtype !== 'float32' || grad.dtype !== 'float32') return false;
    const next = tf.zerosLike(variable);
    // Views after the allocation: an allocation may grow (and so move) the heap.
    const [m, v, w, g, out] = [slot.m, slot.v, variable, grad, next].map((t) => backend.typedArrayFromHeap!(t));
    const { beta1: b1, beta2: b2, epsilon } = this;
    const c1 = 1 - b1 ** slot.t;
    const c2 = 1 - b2 ** slot.t;
    for (let i = 0; i < out.length; i++) {
      const gi = g[i];
      const mi = (m[i] = b1 * m[i] + (1 - b1) * gi);
      const vi = (v[i] = b2 * v[i] + (1 - b2) * gi * gi);
      out[i] = w[i] - (mi / c1 / (Math.sqrt(vi / c2) + epsilon)) * lr;
    }
    variable.assign(next);
    next.dispose();
    return true;
  }

  /** Number of tensors the state holds. */
  get numTensors(): number {
    return this.slots.size * 2;
  }

  save(): SavedSlot[] {
    return [...this.slots].map(([index, s]) => ({
      index,
      t: s.t,
      shape: s.m.shape,
      m: Float32Array.from(s.m.dataSync()),
      v: Float32Array.from(s.v.dataSync()),
    }));
  }

  load(saved: SavedSlot[]): void {
    this.dispose();
    for (const s of saved) {
      const slot = tf.tidy(() => ({
        m: tf.variable(tf.tensor(s.m, s.shape), false),
        v: tf.variable(tf.tensor(s.v, s.shape), false),
        t: s.t,
      }));
      this.slots.set(s.index, slot);
    }
  }

  dispose(): void {
    for (const s of this.slots.values()) tf.dispose([s.m, s.v]);
    this.slots.clear();
  }

  private slot(index: number, shape: number[]): Slot {
    let slot = this.slots.get(index);
    if (!slot) {
      slot = tf.tidy(() => ({ m: tf.variable(tf.zeros(shape), false), v: tf.variable(tf.zeros(shape), false), t: 0 }));
      this.slots.set(index, slot);
    }
    return slot;
  }
}
