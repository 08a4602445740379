// Every kernel native-cpu (BatchMatMul, _FusedMatMul, Sum) and wasm-explicit
// (BatchMatMul, _FusedMatMul) override, against the cpu backend, the reference:
// forward and gradient, within 1e-4 relative error, on shapes that catch
// indexing mistakes (one row, odd sizes, transposes, batches, broadcast
// batches, zero-size). Runs only where onnxruntime-node loads.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { useBackend } from '../../src/backend';
import { NATIVE_CPU_BACKEND, NATIVE_MIN_MACS, registerWasmExplicit, WASM_EXPLICIT_BACKEND } from '../../src/backend/native-cpu';
import { matMulShapes } from '../../src/backend/native-cpu/matmul-shapes';
import { findPackage } from '../../src/backend/resolve';

const skip = findPackage('onnxruntime-node') ? false : 'onnxruntime-node is not installed';
const TOLERANCE = 1e-4;

interface Case {
  a: number[];
  b: number[];
  transposeA?: boolean;
  transposeB?: boolean;
  /** Broadcast batch axes: tfjs's BatchMatMul gradient does not reduce them (on any backend), so value only. */
  broadcast?: boolean;
}

const CASES: Case[] = [
  { a: [1, 37], b: [37, 190] },
  { a: [1, 300], b: [19, 300], transposeB: true },
  { a: [33, 1], b: [1, 65] },
  { a: [50, 70], b: [70, 45] },
  { a: [70, 50], b: [70, 45], transposeA: true },
  { a: [50, 70], b: [45, 70], transposeB: true },
  { a: [70, 50], b: [45, 70], transposeA: true, transposeB: true },
  { a: [130, 300], b: [300, 129] },
  { a: [3, 17, 40], b: [3, 40, 23] },
  { a: [3, 40, 17], b: [3, 23, 40], transposeA: true, transposeB: true },
  { a: [2, 3, 17, 40], b: [3, 40, 23], broadcast: true },
  { a: [4, 17, 40], b: [40, 23], broadcast: true },
  { a: [2, 1, 9, 40], b: [1, 3, 23, 40], transposeB: true, broadcast: true },
  { a: [0, 40], b: [40, 23] },
  { a: [5, 0], b: [0, 7] },
  { a: [2, 0, 5], b: [2, 5, 3] },
  { a: [6, 8], b: [8, 0] },
];

function describe(c: Case): string {
  return `[${c.a}]${c.transposeA ? 'ᵀ' : ''} x [${c.b}]${c.transposeB ? 'ᵀ' : ''}`;
}

/** Seeded values in [-1, 1), the same on every backend. */
function values(shape: number[], seed: number): Float32Array {
  const out = new Float32Array(tf.util.sizeFromShape(shape));
  let s = seed >>> 0;
  for (let i = 0; i < out.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 31 - 1;
  }
  return out;
}

function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string): void {
  assert.equal(actual.length, expected.length, `${what}: length`);
  let scale = 0;
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    scale = Math.max(scale, Math.abs(expected[i]));
    worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
  }
  const relative = worst / Math.max(scale, 1e-6);
  assert.ok(relative <= TOLERANCE, `${what}: relative error ${relative.toExponential(2)} > ${TOLERANCE} (max |diff| ${worst}, scale ${scale})`);
}

/** Runs `f` on `backend`, returning its results as plain arrays; leaks nothing. */
async function on(backend: string, f: () => tf.Tensor[]): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  const before = tf.memory().numTensors;
  const out = tf.tidy(f);
  const arrays = out.map((t) => t.dataSync() as Float32Array);
  tf.dispose(out);
  assert.equal(tf.memory().numTensors, before, `${backend}: tensors leaked`);
  return arrays;
}

/**
 * With `explicitBroadcast`, the batch axes are broadcast before the product:
 * tfjs's own cpu and wasm BatchMatMul return too few values when both operands
 * broadcast ([2,1,...] x [1,3,...]), so the reference must not rely on theirs.
 */
function matMulAndGrads(c: Case, explicitBroadcast = false): tf.Tensor[] {
  let a = tf.tensor(values(c.a, 1), c.a);
  let b = tf.tensor(values(c.b, 2), c.b);
  if (c.broadcast && explicitBroadcast) {
    const batch = tf.backend_util.assertAndGetBroadcastShape(c.a.slice(0, -2), c.b.slice(0, -2));
    a = tf.broadcastTo(a, [...batch, ...c.a.slice(-2)]);
    b = tf.broadcastTo(b, [...batch, ...c.b.slice(-2)]);
  }
  const f = (x: tf.Tensor, y: tf.Tensor): tf.Tensor => tf.matMul(x, y, c.transposeA, c.transposeB);
  const y = f(a, b);
  if (c.broadcast) return [y];
  const weights = tf.tensor(values(y.shape, 3), y.shape);
  const [ga, gb] = tf.grads((x: tf.Tensor, z: tf.Tensor) => tf.sum(tf.mul(f(x, z), weights)))([a, b]);
  return [y, ga, gb];
}

before(async () => {
  if (skip) return;
  await useBackend('native-cpu', { silent: true });
  registerWasmExplicit();
});

const BACKENDS = [NATIVE_CPU_BACKEND, WASM_EXPLICIT_BACKEND];

/**
 * wasm-explicit runs wasm's own product after the transposes, so it inherits
 * three wasm bugs that native-cpu does not have, and skips those cases: both
 * operands broadcasting ([2,1,..] x [1,3,..]) gives too few values; a zero-size
 * product's gradient sums an empty axis, which returns uninitialized memory;
 * a fused product's bias is misapplied when it has shape [1] or the product is batched.
 */
function wasmGetsRight(backend: string, c: Case, biasShape?: number[]): boolean {
  if (backend !== WASM_EXPLICIT_BACKEND) return true;
  const zeroSize = [...c.a, ...c.b].includes(0);
  const bothBroadcast = c.a.slice(0, -2).includes(1) && c.b.slice(0, -2).includes(1);
  const badBias = biasShape !== undefined && (biasShape[0] === 1 || c.a.length > 2);
  return !zeroSize && !bothBroadcast && !badBias;
}

test('native-cpu runs its own BatchMatMul, _FusedMatMul, Sum, Identity and GatherV2, and wasm kernels for the rest', { skip }, () => {
  for (const name of ['BatchMatMul', '_FusedMatMul', 'Sum', 'Identity', 'GatherV2']) {
    assert.notEqual(tf.getKernel(name, NATIVE_CPU_BACKEND)?.kernelFunc, tf.getKernel(name, 'wasm')?.kernelFunc, name);
  }
  assert.equal(tf.getKernel('Softmax', NATIVE_CPU_BACKEND)?.kernelFunc, tf.getKernel('Softmax', 'wasm')?.kernelFunc);
  // The cases below must reach the native path, not only wasm's fallback for tiny products.
  const macs = (c: Case): number => {
    const { k, outShape } = matMulShapes(c.a, c.b, Boolean(c.transposeA), Boolean(c.transposeB));
    return tf.util.sizeFromShape(outShape) * k;
  };
  assert.ok(CASES.filter((c) => macs(c) >= NATIVE_MIN_MACS).length >= 10);
  assert.ok(CASES.some((c) => macs(c) > 0 && macs(c) < NATIVE_MIN_MACS), 'a case for the wasm fallback');
});

for (const [backend, c] of BACKENDS.flatMap((b) => CASES.filter((c) => wasmGetsRight(b, c)).map((c) => [b, c] as const))) {
  test(`${backend} BatchMatMul ${describe(c)}: value and gradients match cpu`, { skip }, async () => {
    const native = await on(backend, () => matMulAndGrads(c));
    const reference = await on('cpu', () => matMulAndGrads(c, true));
    assert.equal(native.length, c.broadcast ? 1 : 3);
    ['product', 'd/da', 'd/db'].slice(0, native.length).forEach((what, i) => assertClose(native[i], reference[i], `${describe(c)} ${what}`));
  });
}

const ACTIVATIONS = ['linear', 'relu', 'relu6', 'elu', 'sigmoid', 'leakyrelu', 'prelu'] as const;

function fused(c: Case, activation: (typeof ACTIVATIONS)[number], biasShape: number[] | undefined): tf.Tensor {
  const a = tf.tensor(values(c.a, 4), c.a);
  const b = tf.tensor(values(c.b, 5), c.b);
  const bias = biasShape ? tf.tensor(values(biasShape, 6), biasShape) : undefined;
  const n = c.transposeB ? c.b[c.b.length - 2] : c.b[c.b.length - 1];
  const preluActivationWeights = activation === 'prelu' ? tf.tensor(values([n], 7), [n]) : undefined;
  return tf.fused.matMul({ a, b, transposeA: c.transposeA, transposeB: c.transposeB, bias, activation, preluActivationWeights, leakyreluAlpha: 0.3 });
}

// CASES[11] folds a's batch axes into one Gemm's rows; CASES[8] (batched b) cannot use Gemm.
const FUSED_CASES: Case[] = [CASES[0], CASES[4], CASES[6], CASES[8], CASES[11], CASES[13]];

for (const [backend, c] of BACKENDS.flatMap((b) => FUSED_CASES.map((c) => [b, c] as const))) {
  const n = c.transposeB ? c.b[c.b.length - 2] : c.b[c.b.length - 1];
  for (const activation of ACTIVATIONS) {
    for (const biasShape of [[n], [1], undefined].filter((shape) => wasmGetsRight(backend, c, shape))) {
      test(`${backend} _FusedMatMul ${describe(c)} bias [${biasShape ?? 'none'}] ${activation}: matches cpu`, { skip }, async () => {
        const native = await on(backend, () => [fused(c, activation, biasShape)]);
        const reference = await on('cpu', () => [fused(c, activation, biasShape)]);
        assertClose(native[0], reference[0], `${describe(c)} ${activation}`);
      });
    }
  }
}

// tfjs differentiates fused products for linear and relu only, and does not reduce broadcast batch axes.
const FUSED_GRADIENT_CASES = BACKENDS.flatMap((b) => FUSED_CASES.filter((c) => wasmGetsRight(b, c) && !c.broadcast).map((c) => [b, c] as const));
for (const [backend, c] of FUSED_GRADIENT_CASES) {
  for (const activation of ['linear', 'relu'] as const) {
    test(`${backend} _FusedMatMul ${describe(c)} ${activation}: gradients for a, b and bias match cpu`, { skip }, async () => {
      const n = c.transposeB ? c.b[c.b.length - 2] : c.b[c.b.length - 1];
      const grads = (): tf.Tensor[] => {
        const a = tf.tensor(values(c.a, 8), c.a);
        const b = tf.tensor(values(c.b, 9), c.b);
        const bias = tf.tensor(values([n], 10), [n]);
        const f = (x: tf.Tensor, y: tf.Tensor, z: tf.Tensor): tf.Tensor =>
          tf.fused.matMul({ a: x as tf.Tensor2D, b: y as tf.Tensor2D, bias: z, activation, transposeA: c.transposeA, transposeB: c.transposeB });
        const shape = f(a, b, bias).shape;
        const weights = tf.tensor(values(shape, 11), shape);
        return tf.grads((x: tf.Tensor, y: tf.Tensor, z: tf.Tensor) => tf.sum(tf.mul(f(x, y, z), weights)))([a, b, bias]);
      };
      const native = await on(backend, grads);
      const reference = await on('cpu', grads);
      ['d/da', 'd/db', 'd/dbias'].forEach((what, i) => assertClose(native[i], reference[i], `${describe(c)} ${activation} ${what}`));
    });
  }
}

const SUM_CASES: { shape: number[]; axis: number | number[]; keepDims?: boolean }[] = [
  { shape: [300, 70], axis: 0 },
  { shape: [1, 5000], axis: 0 },
  { shape: [5000, 1], axis: 0 },
  { shape: [3, 50, 41], axis: [0, 1] },
  { shape: [3, 50, 41], axis: [1, 0], keepDims: true },
  { shape: [2, 3, 40, 50], axis: [-4, -3, -2] },
  { shape: [60, 70], axis: 1 },
  { shape: [60, 70], axis: [0, 1] },
  { shape: [20, 30], axis: 0 },
  { shape: [0, 5000], axis: 0 },
  { shape: [5000, 0], axis: 0 },
];

for (const c of SUM_CASES) {
  test(`native-cpu Sum [${c.shape}] over ${JSON.stringify(c.axis)}${c.keepDims ? ' keepDims' : ''}: value and gradient match cpu`, { skip }, async () => {
    const f = (): tf.Tensor[] => {
      const x = tf.tensor(values(c.shape, 13), c.shape);
      const y = tf.sum(x, c.axis, c.keepDims);
      const weights = tf.tensor(values(y.shape, 14), y.shape);
      return [y, tf.grad((z: tf.Tensor) => tf.sum(tf.mul(tf.sum(z, c.axis, c.keepDims), weights)))(x)];
    };
    const native = await on(NATIVE_CPU_BACKEND, f);
    const reference = await on('cpu', f);
    assertClose(native[0], reference[0], 'sum');
    assertClose(native[1], reference[1], 'gradient');
  });
}

// Axis 0 runs the row copy; other axes run wasm's kernel (which returns garbage for batchDims > 0, so none here).
const GATHER_CASES: { x: number[]; indices: number[]; axis?: number; dtype?: 'int32' }[] = [
  { x: [50, 16], indices: [7] },
  { x: [50, 16], indices: [3, 5] },
  { x: [20, 3, 4], indices: [11] },
  { x: [20], indices: [2, 3] },
  { x: [50, 16], indices: [9], dtype: 'int32' },
  { x: [50, 0], indices: [4] },
  { x: [50, 16], indices: [0] },
  { x: [6, 50], indices: [5], axis: 1 },
  { x: [4, 6, 9], indices: [2, 3], axis: 1 },
];

for (const c of GATHER_CASES) {
  const what = `[${c.x}]${c.dtype ? ` ${c.dtype}` : ''} by [${c.indices}] indices, axis ${c.axis ?? 0}`;
  test(`native-cpu GatherV2 ${what}: value and gradient match cpu`, { skip }, async () => {
    const f = (): tf.Tensor[] => {
      const x = tf.tensor(values(c.x, 15), c.x).cast(c.dtype ?? 'float32');
      const dim = c.x[c.axis ?? 0];
      const indices = tf.tensor(values(c.indices, 16).map((v) => Math.floor((v + 1) * 0.5 * dim)), c.indices, 'int32');
      const y = tf.gather(x, indices, c.axis);
      if (c.dtype) return [y.cast('float32')];
      const weights = tf.tensor(values(y.shape, 17), y.shape);
      return [y, tf.grad((z: tf.Tensor) => tf.sum(tf.mul(tf.gather(z, indices, c.axis), weights)))(x)];
    };
    const native = await on(NATIVE_CPU_BACKEND, f);
    const reference = await on('cpu', f);
    native.forEach((values, i) => assertClose(values, reference[i], i === 0 ? 'gather' : 'gradient'));
  });
}

test('native-cpu GatherV2 rejects an index outside the first axis, as wasm does, and leaks nothing', { skip }, async () => {
  await tf.setBackend(NATIVE_CPU_BACKEND);
  const x = tf.tensor2d(values([5, 3], 18), [5, 3]);
  const before = tf.memory().numTensors;
  for (const bad of [5, -1]) {
    assert.throws(() => tf.gather(x, tf.tensor1d([0, bad], 'int32')), new RegExp(`index value ${bad} is not in \\[0, 4\\]`));
  }
  assert.equal(tf.memory().numTensors, before + 2, 'only the two index tensors remain');
  tf.dispose(x);
});

test('native-cpu Identity shares storage safely: a clone outlives its source, and a variable keeps its value when the source is disposed', { skip }, async () => {
  await tf.setBackend(NATIVE_CPU_BACKEND);
  const before = tf.memory().numTensors;
  const buffers = tf.memory().numDataBuffers;
  const source = tf.tensor1d([1, 2, 3]);
  const copy = tf.clone(source);
  const v = tf.variable(source);
  assert.equal(tf.memory().numDataBuffers, buffers + 1, 'clone and variable share the source buffer');
  source.dispose();
  assert.deepEqual(Array.from(copy.dataSync()), [1, 2, 3]);
  const next = tf.add(v, 1) as tf.Tensor1D;
  v.assign(next);
  next.dispose();
  assert.deepEqual(Array.from(copy.dataSync()), [1, 2, 3], 'assigning the variable leaves the clone alone');
  assert.deepEqual(Array.from(v.dataSync()), [2, 3, 4]);
  tf.dispose([copy, v]);
  assert.equal(tf.memory().numTensors, before);
  const strings = tf.clone(tf.tensor1d(['a', 'b'], 'string'));
  assert.deepEqual(strings.dataSync(), ['a', 'b']);
  strings.dispose();
});

test('tensors move freely between wasm and native-cpu (one heap)', { skip }, async () => {
  await tf.setBackend('wasm');
  const a = tf.tensor2d(values([64, 96], 12), [64, 96]);
  await tf.setBackend(NATIVE_CPU_BACKEND);
  const y = tf.matMul(a, a, false, true);
  await tf.setBackend('wasm');
  const expected = tf.matMul(a, a, false, true);
  assertClose(y.dataSync(), expected.dataSync(), 'product across backends');
  tf.dispose([a, y, expected]);
  await tf.setBackend(NATIVE_CPU_BACKEND);
});
