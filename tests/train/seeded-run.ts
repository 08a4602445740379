// One seeded fine-tune of a USE-lite classifier on the default backend, used by
// seed.test.ts in this process and, run as a script, in fresh processes:
// `node dist/tests/train/seeded-run.js SEED` prints the weights' sha256.
import { createHash } from 'crypto';
import * as tl from '../../src/index';

export interface SeededRunOptions {
  /** Seed passed to tl.classifier and tl.fineTune; undefined leaves them to tl.setSeed's stream. */
  seed?: number;
  /** Calls tl.setSeed(globalSeed) first. */
  globalSeed?: number;
}

export interface SeededRunResult {
  backend: string;
  /** Every weight of the model, by name, after training. */
  weights: Map<string, Float32Array>;
  losses: number[];
}

let base: Promise<tl.UseLite> | undefined;

export async function seededRun(options: SeededRunOptions): Promise<SeededRunResult> {
  base ??= tl.useBackend('auto', { silent: true }).then(() => tl.loadPretrained('use-lite'));
  const encoder = await base;
  if (options.globalSeed !== undefined) tl.setSeed(options.globalSeed);
  const df = await tl.datasets.load('imdb', { split: 'train', limit: 48, seed: 3 });
  const clf = tl.classifier(encoder, { labels: ['neg', 'pos'], hidden: 8, maxLength: 24, seed: options.seed });
  // The top of the encoder trains too, so the matrix products of the backward pass count.
  tl.freeze(clf, { upTo: 'encoder' });
  tl.unfreeze(clf, { last: 4 });
  const history = await tl.fineTune(clf, df, { epochs: 1, batchSize: 16, lr: 1e-3, seed: options.seed, silent: true, cache: false });
  const weights = new Map(clf.model.weights.map((w) => [w.originalName, (w.read().dataSync() as Float32Array).slice()]));
  clf.model.dispose();
  return { backend: tl.tf.getBackend(), weights, losses: history.steps.map((s) => s.loss) };
}

export function weightsDigest(weights: Map<string, Float32Array>): string {
  const hash = createHash('sha256');
  for (const [name, values] of [...weights].sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(name);
    hash.update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  }
  return hash.digest('hex');
}

if (require.main === module) {
  seededRun({ seed: Number(process.argv[2] ?? 7) }).then(
    (result) => {
      process.stdout.write(`${JSON.stringify({ backend: result.backend, digest: weightsDigest(result.weights), losses: result.losses })}\n`);
      process.exit(0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
