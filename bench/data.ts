// npm run bench -- data [--limit N]: seconds to load, split and tokenize the IMDB
// reviews (all 50,000 by default) with USE-lite's SentencePiece tokenizer, then to
// pad and batch them (ids remembered from the tokenize pass, so that step times
// batching alone), the padding that bucketing by length saves, and peak memory.
import { data, datasets, type TextBatch } from '../src/data';
import { findUseLiteFiles } from '../src/models/use-lite/package-files';
import { readUseLiteVocab, USE_LITE_CONTROL_IDS, USE_LITE_UNK_ID } from '../src/models/use-lite/vocab';
import { tf } from '../src/tf';
import { SentencePieceTokenizer } from '../src/tokenizers/sentencepiece';
import type { Tokenizer } from '../src/tokenizers/types';

function seconds(start: bigint): string {
  return (Number(process.hrtime.bigint() - start) / 1e9).toFixed(2);
}

function padFraction(batches: TextBatch[], padId: number): number {
  let cells = 0;
  let pads = 0;
  for (const b of batches) {
    const ids = b.ids.dataSync();
    cells += ids.length;
    for (const id of ids) if (id === padId) pads++;
  }
  return pads / cells;
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf('--limit');
  const limit = flag >= 0 ? Number(process.argv[flag + 1]) : undefined;
  await tf.setBackend('cpu');

  let t = process.hrtime.bigint();
  const df = await datasets.load('imdb', { split: 'all', limit });
  console.log(`load      ${seconds(t)} s  (${df.shape[0]} reviews)`);

  t = process.hrtime.bigint();
  const { train, val, test } = data.split(df, { label: 'label', ratios: [0.8, 0.1, 0.1], stratify: true, seed: 42 });
  console.log(`split     ${seconds(t)} s  (train ${train.shape[0]}, val ${val.shape[0]}, test ${test.shape[0]})`);

  t = process.hrtime.bigint();
  const pieces = await readUseLiteVocab(findUseLiteFiles().vocabJson);
  const tokenizer = new SentencePieceTokenizer({ pieces, unkId: USE_LITE_UNK_ID, controlIds: USE_LITE_CONTROL_IDS });
  console.log(`vocab     ${seconds(t)} s  (SentencePiece unigram, ${pieces.length} pieces)`);

  t = process.hrtime.bigint();
  const texts = df.column('text').values as string[];
  const ids = new Map<string, number[]>();
  let tokens = 0;
  for (const text of texts) {
    const encoded = tokenizer.encode(text);
    ids.set(text, encoded);
    tokens += encoded.length;
  }
  console.log(`tokenize  ${seconds(t)} s  (${tokens} tokens, ${(tokens / texts.length).toFixed(0)} per review)`);

  const remembered: Tokenizer = { kind: tokenizer.kind, padId: tokenizer.padId, vocabSize: tokenizer.vocabSize, encode: (text) => ids.get(text) ?? tokenizer.encode(text), tokenize: (text) => tokenizer.tokenize(text), toJSON: () => tokenizer.toJSON() };
  const before = tf.memory().numTensors;
  for (const maxLength of [128, 512]) {
    for (const bucketByLength of [false, true]) {
      t = process.hrtime.bigint();
      const batches = [train, val, test].flatMap((part) =>
        data.toTensors(part, remembered, { maxLength, batchSize: 32, bucketByLength, shuffle: true, seed: 1 }),
      );
      const took = seconds(t);
      console.log(
        `toTensors ${took} s  (maxLength ${maxLength}, bucketByLength ${bucketByLength}: ${batches.length} batches, ` +
          `${(100 * padFraction(batches, tokenizer.padId)).toFixed(1)}% padding)`,
      );
      tf.dispose(batches);
    }
  }
  if (tf.memory().numTensors !== before) throw new Error(`toTensors leaked ${tf.memory().numTensors - before} tensors`);
  console.log(`peak RSS  ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
