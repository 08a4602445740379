// bench/onnx: in-process latency of a saved model on the tfjs path and as ONNX
// (one onnxruntime session), in the same run, and their parity on IMDB reviews.
//
//   npm run bench -- onnx [--dir out/models/imdb-sentiment] [--reviews 1000] [--repeats 50] [--backend auto]
//
// Prints medians: one short review alone, 16 such reviews in one call, and the
// largest probability difference over --reviews test reviews, padded
// (one padded batch each side) and through predict() (USE-lite: packed rows).
// Measured 2026-12-06, shared 2-core machine at load average 22-26, native-cpu, the 03
// model (out/models/imdb-sentiment): tfjs one review 11.66 ms, 16 reviews 177.64 ms;
// ONNX one review 3.18 ms, 16 reviews 85.82 ms; parity on 1,000 reviews 2.26e-6 (padded
// and predict()).
// Quiet machine (load average under 1.5), same day: tfjs one review 6.51 ms, 16 reviews 21.53 ms;
// ONNX one review 1.56 ms, 16 reviews 16.49 ms; parity 2.26e-6.
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { tf } from '../src/tf';
import { useBackend, type BackendRequest } from '../src/backend';
import { loadImdb } from '../src/data/imdb';
import { load, save } from '../src/deploy';
import { padIds } from '../src/models/batching';
import type { HeadedTextModel } from '../src/models/heads/text-model';
import type { Prediction, TextModel } from '../src/models/types';

function maxDifference(a: Prediction[], b: number[][]): number {
  let max = 0;
  a.forEach((p, i) => p.scores.forEach((s, j) => (max = Math.max(max, Math.abs(s - b[i][j])))));
  return max;
}

async function medianMs(repeats: number, run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 5; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** tfjs probabilities with texts padded per batch of 32 (no length sorting, no packing). */
async function paddedRows(model: TextModel, texts: string[]): Promise<number[][]> {
  const ids = (model as HeadedTextModel).tokenIds(texts);
  const rows: number[][] = [];
  for (let i = 0; i < ids.length; i += 32) {
    const probs = tf.tidy(() => model.model.predict(padIds(ids.slice(i, i + 32), model.tokenizer.padId)) as tf.Tensor);
    rows.push(...((await probs.array()) as number[][]));
    probs.dispose();
  }
  return rows;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'out/models/imdb-sentiment' },
      reviews: { type: 'string', default: '1000' },
      repeats: { type: 'string', default: '50' },
      backend: { type: 'string', default: 'auto' },
    },
  });
  const selection = await useBackend(values.backend as BackendRequest, { silent: true });
  console.log(selection.toString().split('\n')[0]);
  const tfjsModel = await load(values.dir!);
  const onnxDir = path.join(os.tmpdir(), `transferlab-bench-onnx-${process.pid}`);
  await save(tfjsModel, onnxDir, { format: 'onnx' });
  const onnxModel = await load(onnxDir);
  const test = loadImdb({ split: 'test', limit: Number(values.reviews), seed: 2 }).column('text').values.map(String);
  const short = test.map((t) => t.split(/(?<=[.!?])\s/)[0].split(/\s+/).slice(0, 16).join(' '));
  const repeats = Number(values.repeats);
  let k = 0;
  const lone = (m: TextModel) => () => m.predict([short[k++ % short.length]]);
  const sixteen = (m: TextModel) => () => m.predict(short.slice((k = (k + 16) % (short.length - 16)), k + 16));
  for (const [name, model] of [['tfjs', tfjsModel], ['onnx', onnxModel]] as const) {
    console.log(`${name.padEnd(4)}  one review ${(await medianMs(repeats, lone(model))).toFixed(2)} ms  16 reviews ${(await medianMs(repeats, sixteen(model))).toFixed(2)} ms  (medians of ${repeats})`);
  }
  const fromOnnx = await onnxModel.predict(test);
  const packed = (await tfjsModel.predict(test)).map((p) => p.scores);
  const padded = await paddedRows(tfjsModel, test);
  console.log(`parity on ${test.length} IMDB test reviews (max |p_onnx - p_tfjs|): padded ${maxDifference(fromOnnx, padded).toExponential(2)}, predict() (packed) ${maxDifference(fromOnnx, packed).toExponential(2)} (goal <= 1e-4)`);
}

main().catch((err: Error) => {
  console.error(err.stack);
  process.exit(1);
});
