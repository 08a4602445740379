// The GPU parts of the backend tests, run by quiet-child.ts in a child process so that
// Dawn's native warnings stay off the test run's terminal. `node webgpu-child.js JOB`
// prints the job's result as JSON after RESULT_MARK; an assertion that fails here
// exits non-zero and fails the test that asked.
import assert from 'node:assert/strict';
import { tf } from '../../src/tf';
import { releaseWebGpu, useBackend } from '../../src/backend';
import { attentionGradients, fixedValues, MODEL_SPECS, trainLayerModel } from './layer-steps';
import { RESULT_MARK } from './quiet-child';

export interface ClassifierRun {
  probs: number[];
  losses: number[];
  weights: number[][];
}

export interface LayerStepRun {
  losses: number[];
  weights: number[][];
  moved: number;
  /** Tensors allocated after the step minus before it. */
  leaked: number;
}

const VOCAB = 100;
const BATCH = 8;
const SEQ = 12;

function classifier(): tf.LayersModel {
  const model = tf.sequential({
    layers: [
      tf.layers.embedding({ inputDim: VOCAB, outputDim: 16, inputLength: SEQ }),
      tf.layers.globalAveragePooling1d(),
      tf.layers.dense({ units: 16, activation: 'relu' }),
      tf.layers.dense({ units: 2, activation: 'softmax' }),
    ],
  });
  model.build([null, SEQ]);
  const weights = model.getWeights().map((w, i) => tf.tensor(fixedValues(w.size, 40 + i), w.shape));
  model.setWeights(weights);
  tf.dispose(weights);
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
  return model;
}

/** A small text classifier's forward pass and 5 Adam steps on `backend`, from fixed weights. */
async function trainClassifier(backend: 'wasm' | 'webgpu'): Promise<ClassifierRun> {
  await useBackend(backend, { allowSoftware: true, silent: true });
  const tensors = tf.memory().numTensors;
  const model = classifier();
  const x = tf.tensor2d(Array.from({ length: BATCH * SEQ }, (_, i) => (i * 37 + 11) % VOCAB), [BATCH, SEQ], 'int32');
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d([0, 1, 0, 1, 1, 0, 0, 1], 'int32'), 2).toFloat());
  const forward = model.predict(x) as tf.Tensor;
  const probs = Array.from((await forward.data()) as Float32Array);
  forward.dispose();
  const losses: number[] = [];
  for (let step = 0; step < 5; step++) losses.push(Number(await model.trainOnBatch(x, y)));
  const weights = (await Promise.all(model.getWeights().map((w) => w.data()))).map((w) => Array.from(w as Float32Array));
  tf.dispose([x, y]);
  model.optimizer.dispose();
  model.dispose();
  assert.equal(tf.memory().numTensors, tensors, `no tensors left behind on ${backend}`);
  return { probs, losses, weights };
}

/** Two Adam steps of every layer model (and attention's gradients) on WebGPU. */
async function layerSteps(): Promise<Record<string, LayerStepRun>> {
  await useBackend('webgpu', { allowSoftware: true, silent: true });
  const runs: Record<string, LayerStepRun> = {};
  for (const name of [...Object.keys(MODEL_SPECS), 'attention']) {
    const tensors = tf.memory().numTensors;
    const result = name === 'attention' ? await attentionGradients() : await trainLayerModel(name);
    runs[name] = { losses: result.losses, weights: result.weights.map((w) => Array.from(w)), moved: result.moved, leaked: tf.memory().numTensors - tensors };
  }
  return runs;
}

/** 'webgpu' refuses the software adapter unless allowSoftware, then runs on it (asserted here). */
async function selection(): Promise<{ vendor: string | undefined }> {
  await useBackend('cpu', { silent: true });
  await assert.rejects(useBackend('webgpu', { silent: true }), /only a software adapter.*allowSoftware/s);
  assert.equal(tf.getBackend(), 'cpu', 'a refused request leaves the backend alone');
  const sel = await useBackend('webgpu', { allowSoftware: true, silent: true });
  assert.equal(tf.getBackend(), 'webgpu');
  assert.equal(sel.device.kind, 'gpu');
  assert.equal(sel.device.software, true);
  assert.equal(sel.device.vendor, 'mesa');
  const sum = tf.tidy(() => tf.ones([64, 64]).matMul(tf.ones([64, 64])).sum());
  assert.equal((await sum.data())[0], 64 * 64 * 64);
  sum.dispose();
  assert.throws(() => tf.tidy(() => tf.ones([64, 64]).matMul(tf.ones([64, 64])).dataSync()), /cannot read a tensor synchronously.*await tensor\.data\(\)/);
  return { vendor: sel.device.vendor };
}

const JOBS: Record<string, () => Promise<unknown>> = {
  classifier: async () => ({ wasm: await trainClassifier('wasm'), webgpu: await trainClassifier('webgpu') }),
  'layer-steps': layerSteps,
  selection,
};

if (require.main === module) {
  const job = JOBS[process.argv[2]];
  if (!job) {
    console.error(`webgpu-child: unknown job '${process.argv[2]}'; one of ${Object.keys(JOBS).join(', ')}`);
    process.exit(2);
  }
  job()
    .then(async (result) => {
      await releaseWebGpu('cpu');
      process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`, () => process.exit(0));
    })
    .catch((err: Error) => {
      console.error(err.stack ?? String(err));
      process.exit(1);
    });
}
