// The benchmark's model and run lengths, from the command line.
//   npm run bench -- train-transformer [--backends=native-cpu,wasm-explicit,wasm] [--steps=3]
//     [--wasm-steps=1] [--infer-steps=5] [--threads=2] [--no-torch] [--no-profile]
// The model is fixed by issue 8: 2 encoder layers, d=512, 8 heads, FFN 1536,
// sequence 128, batch 32, float32; flags exist to try smaller ones quickly.
import * as os from 'os';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const num = (name: string, fallback: number): number => (args[name] !== undefined ? Number(args[name]) : fallback);

export const MODEL = {
  layers: num('layers', 2),
  dim: num('dim', 512),
  heads: num('heads', 8),
  ffn: num('ffn', 1536),
  length: num('length', 128),
  batch: num('batch', 32),
};

export const RUN = {
  backends: (args.backends ?? 'native-cpu,wasm-explicit,wasm').split(','),
  /** Timed training steps per fast backend (after one warm-up step); the median is reported. */
  steps: num('steps', 3),
  /** Timed training steps on plain and explicit-transpose wasm (about a minute each), no warm-up. */
  wasmSteps: num('wasm-steps', 1),
  inferSteps: num('infer-steps', 5),
  threads: num('threads', Math.min(2, os.availableParallelism())),
  torch: args['no-torch'] === undefined,
  profile: args['no-profile'] === undefined,
};
