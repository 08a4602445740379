// bench/generate (issue 15): generation speed of a t5-small-shaped random model (6+6 layers,
// d_model 512, 8 heads, d_ff 2048, vocab 32128): tokens/s for greedy and 4 beams, with and
// without the decoder's key/value cache, ours (useBackend('auto')) and PyTorch on the same
// weights in the same run. eos_token_id is set to -1 so every run generates exactly
// maxNewTokens tokens per input (a random model would stop at random lengths otherwise).
//   npm run bench -- generate [--batch=2] [--length=48] [--new=24] [--repeats=2] [--threads=2] [--no-torch]
// PyTorch's child gets bench/hf's environment (bench/hf/torch-env.ts): OpenBLAS on its library
// path (bash bench/hf/get-openblas.sh), OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE unset; the BLAS it
// really loaded is printed.
// Measured 2026-12-06 on this 2-core AMD EPYC (shared, but 1-min load 0.4-1.6 during both runs),
// defaults (batch 2 x 48 input tokens, 24 new tokens, median of 2, 2 threads), ours native-cpu,
// PyTorch 1.13 on OpenBLAS 0.3.21 (Cooperlake kernel); tokens/s, two runs; same tokens everywhere:
//                        transferlab        PyTorch (+OpenBLAS)
//   greedy   cache       92.8 / 85.7        27.4 / 26.0
//   greedy   no cache    47.1 / 61.9         9.9 / 15.0
//   4 beams  cache       52.8 / 59.8         8.4 / 17.4
//   4 beams  no cache    20.9 / 21.7         4.7 /  9.2
//   our cache speed-up: greedy x1.97 / x1.38, 4 beams x2.52 / x2.76.
// Not profiled: at batch 2 a step's products are small, so PyTorch's time likely goes to the Python
// search loop (the parity reference's, with per-step .tolist() and the prefix-keyed cache reorder)
// more than to BLAS; its run-to-run spread is also wider than ours.
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tf } from '../../src/tf';
import { useBackend } from '../../src/backend';
import { loadSeq2Seq } from '../../src/models/seq2seq';
import { unigramTokenizer } from '../../tests/seq2seq/fixtures';
import { torchEnv } from '../hf/torch-env';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? 'true']));
const num = (k: string, d: number) => (args[k] !== undefined ? Number(args[k]) : d);
const RUN = { batch: num('batch', 2), length: num('length', 48), maxNewTokens: num('new', 24), repeats: num('repeats', 2), threads: num('threads', Math.min(2, os.availableParallelism())), torch: args['no-torch'] === undefined };
const CONFIG = {
  model_type: 't5', vocab_size: 32128, d_model: 512, d_kv: 64, num_heads: 8, d_ff: 2048, num_layers: 6, num_decoder_layers: 6, feed_forward_proj: 'relu',
  relative_attention_num_buckets: 32, relative_attention_max_distance: 128, layer_norm_epsilon: 1e-6, dropout_rate: 0.1,
  pad_token_id: 0, eos_token_id: -1, decoder_start_token_id: 0,
};
const REFERENCE = path.resolve(__dirname, '..', '..', '..', 'tests', 'seq2seq', 'reference.py');
const BENCH_REFERENCE = path.resolve(__dirname, '..', '..', '..', 'bench', 'generate', 'torch_generate.py');
const PYTHON = '/usr/bin/python3';

interface Run {
  numBeams: number;
  cache: boolean;
  seconds: number;
  tokens: number;
  ids: number[][];
}

async function checkpoint(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tl-bench-generate-'));
  // Smaller weights than the parity tests': 60M random values at 0.3 saturate the softmax.
  const req = JSON.stringify({ op: 'make', dir, config: CONFIG, seed: 0, scale: 0.05 });
  const made = spawnSync(PYTHON, [REFERENCE], { input: req + '\n', encoding: 'utf8', env: torchEnv().env, maxBuffer: 1 << 26 });
  const answer = JSON.parse(made.stdout.trim().split('\n').pop() ?? '{}');
  if (!answer.ok) throw new Error(`reference.py make failed: ${answer.error ?? made.stderr}`);
  const { tokenizer, config } = unigramTokenizer();
  await fs.writeFile(path.join(dir, 'tokenizer.json'), JSON.stringify(tokenizer));
  await fs.writeFile(path.join(dir, 'tokenizer_config.json'), JSON.stringify(config));
  return dir;
}

function inputIds(): number[][] {
  return Array.from({ length: RUN.batch }, (_, r) => [...Array.from({ length: RUN.length - 1 }, (_, i) => 3 + ((r * 7919 + i * 104729) % 32000)), 1]);
}

async function ours(dir: string, ids: number[][]): Promise<{ runs: Run[]; backend: string }> {
  await useBackend('auto', { silent: true, threads: RUN.threads });
  const model = await loadSeq2Seq(dir);
  const x = tf.tensor2d(ids, undefined, 'int32');
  model.generateIds(x, { maxNewTokens: 2 }); // warm-up
  const runs: Run[] = [];
  for (const numBeams of [1, 4]) {
    for (const cache of [true, false]) {
      const times: number[] = [];
      let out: number[][] = [];
      for (let i = 0; i < RUN.repeats; i++) {
        const start = process.hrtime.bigint();
        out = model.generateIds(x, { maxNewTokens: RUN.maxNewTokens, numBeams, cache });
        times.push(Number(process.hrtime.bigint() - start) / 1e9);
      }
      runs.push({ numBeams, cache, seconds: times.sort((a, b) => a - b)[Math.floor(times.length / 2)], tokens: out.reduce((a, r) => a + r.length, 0), ids: out });
    }
  }
  x.dispose();
  model.dispose();
  return { runs, backend: tf.getBackend() };
}

interface TorchRuns {
  runs: Run[];
  torch: string;
  threads: number;
  blas: { built: string; loaded: string[]; core?: string };
  note: string;
}

function torch(dir: string, ids: number[][]): TorchRuns | string {
  const cfg = { dir, ids, maxNewTokens: RUN.maxNewTokens, numBeams: [1, 4], threads: RUN.threads, repeats: RUN.repeats };
  const { env, note } = torchEnv();
  const run = spawnSync(PYTHON, [BENCH_REFERENCE, JSON.stringify(cfg)], { encoding: 'utf8', env, timeout: 1_800_000, maxBuffer: 1 << 26 });
  if (run.status !== 0) return `PyTorch failed: ${run.stderr.slice(-400)}`;
  return { ...JSON.parse(run.stdout), note };
}

const label = (r: Run) => `${r.numBeams === 1 ? 'greedy ' : `${r.numBeams} beams`}  ${r.cache ? 'cache   ' : 'no cache'}`;

async function main(): Promise<void> {
  console.log(`bench/generate: t5-small-shaped random model (6+6 x 512, 8 heads, d_ff 2048, vocab 32128), batch ${RUN.batch} x ${RUN.length} input tokens, ${RUN.maxNewTokens} new tokens per input, median of ${RUN.repeats}, ${RUN.threads} threads, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const dir = await checkpoint();
  const ids = inputIds();
  const o = await ours(dir, ids);
  const t = RUN.torch ? torch(dir, ids) : 'skipped (--no-torch)';
  console.log(`\n                        transferlab (${o.backend})   ${typeof t === 'string' ? '' : `PyTorch ${t.torch} (${t.threads} threads)`}`);
  for (const r of o.runs) {
    const p = typeof t === 'string' ? undefined : t.runs.find((x) => x.numBeams === r.numBeams && x.cache === r.cache);
    const same = p ? (JSON.stringify(p.ids) === JSON.stringify(r.ids) ? 'same tokens' : 'tokens differ') : '';
    console.log(`  ${label(r)}   ${(r.tokens / r.seconds).toFixed(1).padStart(8)} tokens/s (${r.seconds.toFixed(2)} s)   ${p ? `${(p.tokens / p.seconds).toFixed(1).padStart(8)} tokens/s (${p.seconds.toFixed(2)} s)   ${same}` : ''}`);
  }
  for (const beams of [1, 4]) {
    const c = o.runs.find((r) => r.numBeams === beams && r.cache)!;
    const n = o.runs.find((r) => r.numBeams === beams && !r.cache)!;
    const same = JSON.stringify(c.ids) === JSON.stringify(n.ids) ? 'same tokens' : 'TOKENS DIFFER';
    console.log(`  cache speed-up, ${beams === 1 ? 'greedy' : '4 beams'}: x${(n.seconds / c.seconds).toFixed(2)} (transferlab, ${same} with and without)`);
  }
  if (typeof t === 'string') console.log(`  PyTorch: ${t}`);
  else console.log(`  PyTorch BLAS: built ${t.blas.built}, loaded ${t.blas.loaded.join(', ')} (${t.blas.core ? `OpenBLAS ${t.blas.core} kernel` : 'no OpenBLAS'})${t.note}`);
  await fs.rm(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
