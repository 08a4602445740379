// bench/train: examples per second fine-tuning on USE-lite over IMDB reviews, on
// each backend in the same run: tl.classifier's 2-class head on the frozen base with and without
// the frozen-feature cache, and with the last transformer block unfrozen.
//   npm run bench -- train [--examples=2000] [--epochs=3] [--length=128] [--batch=32]
//     [--backends=wasm,cpu] [--no-cache-examples=2000] [--no-cache-epochs=3]
//     [--unfreeze-examples=256] [--cpu-examples=48] [--cpu-unfreeze-examples=16]
//     [--transposes=both|stock|explicit]
// The cpu backend runs USE-lite about 20x slower than wasm, so it trains on fewer
// examples by default; examples/s is a rate and comparable across sizes.
// On wasm it also reruns on wasm-explicit (src/backend/native-cpu), where BatchMatMul's
// transposes are materialized first: the gradients of dense layers are transposed matmuls,
// which tfjs-backend-wasm 4.22 runs 10-17x slower than plain ones.
import { tf } from '../src/tf';
import { useBackend } from '../src/backend';
import { registerWasmExplicit, WASM_EXPLICIT_BACKEND } from '../src/backend/native-cpu';
import { datasets } from '../src/data';
import { freeze } from '../src/freeze';
import { classifier } from '../src/models';
import type { TextModel } from '../src/models/types';
import { loadUseLite } from '../src/models/use-lite';
import type { UseLite } from '../src/models/use-lite';
import { fineTune, type History } from '../src/train';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const num = (name: string, fallback: number) => (args[name] !== undefined ? Number(args[name]) : fallback);

const EXAMPLES = num('examples', 2000);
const EPOCHS = num('epochs', 3);
const LENGTH = num('length', 128);
const BATCH = num('batch', 32);
const NO_CACHE_EPOCHS = num('no-cache-epochs', EPOCHS);
const NO_CACHE_EXAMPLES = num('no-cache-examples', EXAMPLES);
const UNFREEZE_EXAMPLES = num('unfreeze-examples', 256);
const BACKENDS = (args.backends ?? 'wasm,cpu').split(',');
const TRANSPOSES = args.transposes ?? 'both';
const LABELS = ['neg', 'pos'];

type Trainable = 'head' | 'last-block';

/** tl.classifier on USE-lite (texts truncated to LENGTH tokens), frozen up to the encoder or up to its last block. */
function makeClassifier(base: UseLite, trainable: Trainable): TextModel {
  const clf = classifier(base, { labels: LABELS, maxLength: LENGTH });
  if (trainable === 'head') {
    freeze(clf, { upTo: 'encoder' });
  } else {
    const blocks = (clf.model.getLayer('encoder') as tf.LayersModel).layers.map((l) => l.name).filter((n) => n.startsWith('transformer_'));
    freeze(clf, { upTo: `encoder/${blocks[blocks.length - 2]}` });
  }
  return clf;
}

function rates(history: History, examples: number): string {
  return history.epochs
    .map((e) => `epoch ${e.epoch + 1}: ${(examples / e.seconds).toFixed(1)} ex/s (${e.seconds.toFixed(1)} s, loss ${e.loss.toFixed(3)})`)
    .join(' · ');
}

async function run(label: string, base: UseLite, trainable: Trainable, examples: number, epochs: number, cache: 'memory' | false) {
  const frame = await datasets.load('imdb', { limit: examples, seed: 1 });
  const clf = makeClassifier(base, trainable);
  const before = tf.memory().numTensors;
  const started = Date.now();
  const history = await fineTune(clf, frame, { epochs, batchSize: BATCH, lr: trainable === 'head' ? 1e-2 : 1e-4, seed: 1, cache, silent: true });
  const seconds = (Date.now() - started) / 1000;
  const leaked = tf.memory().numTensors - before;
  console.log(`  ${label.padEnd(30)} ${examples} examples, ${epochs} epoch(s), ${seconds.toFixed(1)} s in all`);
  console.log(`  ${''.padEnd(30)} ${rates(history, examples)}${leaked ? ` · ${leaked} tensors leaked` : ''}`);
  const later = history.epochs.slice(1);
  if (later.length > 0) {
    const first = history.epochs[0].seconds;
    const rest = later.reduce((a, e) => a + e.seconds, 0) / later.length;
    console.log(`  ${''.padEnd(30)} later epochs ${(first / rest).toFixed(0)}x faster than the first`);
  }
  clf.model.dispose();
  return history;
}

async function main() {
  console.log(`bench/train: USE-lite on IMDB, ${LENGTH} tokens, batch ${BATCH}, Adam; times are wall clock on this machine (load shared)`);
  for (const backend of BACKENDS) {
    await useBackend(backend as 'wasm' | 'cpu');
    const base = await loadUseLite();
    const examples = num(`${backend}-examples`, backend === 'cpu' ? 48 : EXAMPLES);
    const unfreezeExamples = num(`${backend}-unfreeze-examples`, backend === 'cpu' ? 16 : UNFREEZE_EXAMPLES);
    console.log(`\n${tf.getBackend()}:`);
    if (TRANSPOSES !== 'explicit' || tf.getBackend() !== 'wasm') {
      await run('head, frozen base, cache', base, 'head', examples, EPOCHS, 'memory');
      await run('head, frozen base, no cache', base, 'head', Math.min(examples, NO_CACHE_EXAMPLES), NO_CACHE_EPOCHS, false);
      await run('last transformer unfrozen', base, 'last-block', unfreezeExamples, 2, 'memory');
    }
    if (TRANSPOSES !== 'stock' && tf.getBackend() === 'wasm') {
      registerWasmExplicit();
      await tf.setBackend(WASM_EXPLICIT_BACKEND);
      console.log(`  ${WASM_EXPLICIT_BACKEND} (wasm with BatchMatMul's transposes materialized):`);
      await run('head, frozen base, cache', base, 'head', examples, EPOCHS, 'memory');
      await run('last transformer unfrozen', base, 'last-block', unfreezeExamples, 2, 'memory');
    }
    base.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
