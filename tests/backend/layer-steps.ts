// One small training step per layer type the library builds, written so that
// every backend starts from the same weights and data: the results of a step
// on cpu, wasm and webgpu can then be compared number for number.
import { tf } from '../../src/tf';

/** Deterministic values in [-0.5, 0.5) from a tiny LCG, so weights match across backends. */
export function fixedValues(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 32 - 0.5;
  }
  return out;
}

export interface StepResult {
  /** Loss before each of the two steps. */
  losses: number[];
  /** Every weight after the two steps, flattened. */
  weights: Float32Array[];
  /** How far the weights moved: proves the step trained something. */
  moved: number;
}

const BATCH = 4;
const SEQ = 5;
const VOCAB = 20;

function ids(): tf.Tensor2D {
  return tf.tensor2d(Array.from({ length: BATCH * SEQ }, (_, i) => (i * 7 + 3) % VOCAB), [BATCH, SEQ], 'int32');
}

function labels(): tf.Tensor2D {
  return tf.tidy(() => tf.oneHot(tf.tensor1d([0, 1, 1, 0], 'int32'), 2).toFloat() as tf.Tensor2D);
}

function features(): tf.Tensor2D {
  return tf.tensor2d(fixedValues(BATCH * 6, 7), [BATCH, 6]);
}

type ModelSpec = { input: () => tf.Tensor; layers: () => tf.layers.Layer[]; inputShape: number[]; dtype?: tf.DataType };

const head = () => tf.layers.dense({ units: 2, activation: 'softmax' });

/** Keras-style layers, each trained inside a tiny classifier. */
export const MODEL_SPECS: Record<string, ModelSpec> = {
  Dense: { input: features, inputShape: [6], layers: () => [tf.layers.dense({ units: 8, activation: 'relu' }), head()] },
  Embedding: {
    input: ids,
    inputShape: [SEQ],
    dtype: 'int32',
    layers: () => [tf.layers.embedding({ inputDim: VOCAB, outputDim: 8 }), tf.layers.globalAveragePooling1d(), head()],
  },
  LayerNormalization: {
    input: features,
    inputShape: [6],
    layers: () => [tf.layers.dense({ units: 8 }), tf.layers.layerNormalization(), head()],
  },
  Dropout: {
    input: features,
    inputShape: [6],
    layers: () => [tf.layers.dense({ units: 8, activation: 'tanh' }), tf.layers.dropout({ rate: 0.5, seed: 3 }), head()],
  },
  BatchNormalization: {
    input: features,
    inputShape: [6],
    // No bias before BatchNorm (as in Keras practice): its gradient is exactly zero in
    // theory, rounding noise in practice, and Adam would blow that noise up to full steps.
    layers: () => [tf.layers.dense({ units: 8, useBias: false }), tf.layers.batchNormalization(), head()],
  },
  Conv1D: {
    input: ids,
    inputShape: [SEQ],
    dtype: 'int32',
    layers: () => [
      tf.layers.embedding({ inputDim: VOCAB, outputDim: 4 }),
      tf.layers.conv1d({ filters: 6, kernelSize: 3, activation: 'relu' }),
      tf.layers.globalMaxPooling1d(),
      head(),
    ],
  },
  LSTM: {
    input: ids,
    inputShape: [SEQ],
    dtype: 'int32',
    layers: () => [tf.layers.embedding({ inputDim: VOCAB, outputDim: 4 }), tf.layers.lstm({ units: 4 }), head()],
  },
};

/** Two Adam steps of a small classifier around one layer type, on the active backend. */
export async function trainLayerModel(name: string): Promise<StepResult> {
  const spec = MODEL_SPECS[name];
  const model = tf.sequential({ layers: [tf.layers.inputLayer({ inputShape: spec.inputShape, dtype: spec.dtype }), ...spec.layers()] });
  try {
    const initial = model.getWeights().map((w, i) => tf.tensor(fixedValues(w.size, 100 + i), w.shape));
    model.setWeights(initial);
    const before = await Promise.all(initial.map((t) => t.data()));
    tf.dispose(initial);
    model.compile({ optimizer: tf.train.adam(0.05), loss: 'categoricalCrossentropy' });
    const x = spec.input();
    const y = labels();
    const losses: number[] = [];
    for (let step = 0; step < 2; step++) losses.push(Number(await model.trainOnBatch(x, y)));
    tf.dispose([x, y]);
    const weights = (await Promise.all(model.getWeights().map((w) => w.data()))) as Float32Array[];
    const moved = weights.reduce((m, w, i) => Math.max(m, ...w.map((v, j) => Math.abs(v - before[i][j]))), 0);
    return { losses, weights, moved };
  } finally {
    model.optimizer?.dispose();
    model.dispose();
  }
}

/**
 * A hand-written attention block of the kind the library's transformer layers
 * use (gather, batched matMul with a transposed operand, softmax, tanh, erf-GELU,
 * layer norm from moments), its loss and every variable's gradient.
 */
export async function attentionGradients(): Promise<StepResult> {
  const d = 8;
  const variable = (rows: number, cols: number, seed: number) =>
    tf.tidy(() => tf.variable(tf.tensor2d(fixedValues(rows * cols, seed), [rows, cols])));
  const vars = {
    table: variable(VOCAB, d, 11),
    wq: variable(d, d, 12),
    wk: variable(d, d, 13),
    wv: variable(d, d, 14),
    wo: variable(d, 2, 15),
  };
  try {
    const tokens = ids();
    const y = labels();
    const { value, grads } = tf.variableGrads(() => {
      const x = tf.gather(vars.table, tokens);                                    // [B, S, d]
      const flat = x.reshape([BATCH * SEQ, d]);
      const q = tf.matMul(flat, vars.wq).reshape([BATCH, SEQ, d]);
      const k = tf.matMul(flat, vars.wk).reshape([BATCH, SEQ, d]);
      const v = tf.tanh(tf.matMul(flat, vars.wv)).reshape([BATCH, SEQ, d]);
      const scores = tf.softmax(tf.matMul(q, k, false, true).div(Math.sqrt(d))); // [B, S, S]
      const attended = tf.matMul(scores, v).add(x);
      const { mean, variance } = tf.moments(attended, -1, true);
      const normed = attended.sub(mean).mul(tf.rsqrt(variance.add(1e-5)));
      const gelu = normed.mul(tf.erf(normed.div(Math.SQRT2)).add(1)).mul(0.5);
      const pooled = tf.mean(gelu, 1) as tf.Tensor2D;
      return tf.losses.softmaxCrossEntropy(y, tf.matMul(pooled, vars.wo)) as tf.Scalar;
    }, Object.values(vars));
    const loss = (await value.data())[0];
    const weights = (await Promise.all(Object.values(vars).map((v) => grads[v.name].data()))) as Float32Array[];
    const moved = weights.reduce((m, g) => Math.max(m, ...g.map(Math.abs)), 0);
    tf.dispose([tokens, y, value, ...Object.values(grads)]);
    return { losses: [loss], weights, moved };
  } finally {
    tf.dispose(Object.values(vars));
  }
}

/** Largest difference between two results, relative to the value where values are large. */
export function maxDifference(a: StepResult, b: StepResult): number {
  let worst = 0;
  const cmp = (x: number, y: number) => {
    worst = Math.max(worst, Math.abs(x - y) / Math.max(1, Math.abs(y)));
  };
  a.losses.forEach((l, i) => cmp(l, b.losses[i]));
  a.weights.forEach((w, i) => w.forEach((v, j) => cmp(v, b.weights[i][j])));
  return worst;
}
