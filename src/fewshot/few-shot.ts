// tl.fewShot(encoder, train, { label }): SetFit-style training from a few labelled
// examples per class (Tunstall et al., 2022). First the encoder's top layers are
// fine-tuned on pairs of texts (same class: cosine 1, different classes: cosine 0),
// which pulls each class together in embedding space; then a softmax head is
// fitted on the tuned, now frozen, embeddings with fineTune. epochs: 0 skips the
// first phase, which gives the frozen-encoder head with the same head recipe.
import { tf } from '../tf';
import type { TextModel } from '../models/types';
import type { EncoderBase } from '../models/heads/types';
import { classifier } from '../models/heads/classifier';
import { checkBase } from '../models/heads/head-model';
import { columnValues, isDataFrameLike, type DataFrameLike } from '../data/frame-like';
import { sortedLabels } from '../data/labels';
import { freeze, unfreeze } from '../freeze';
import { fineTune } from '../train/fine-tune';
import { SeededRandom, seedOrNext } from '../seed';
import { checkOptions } from '../options';
import { FEW_SHOT_SPEC } from './option-specs';
import { generatePairs, indicesByClass } from './pairs';
import { trainOnPairs } from './pair-training';

const CALLER = 'tl.fewShot(encoder, train, options)';

export interface FewShotHeadOptions {
  /** Default 50. */
  epochs?: number;
  /** Default 0.01. */
  lr?: number;
  /** Default 16. */
  batchSize?: number;
}

export interface FewShotOptions {
  /** Column with the labels (default 'label'). */
  label?: string;
  /** Column with the texts (default 'text'). */
  text?: string;
  /** Label names in output order (default: the sorted distinct values of the label column). */
  labels?: string[];
  /** Training pairs per epoch, half positive, half negative (default 20 of each per example, SetFit's num_iterations = 20). */
  pairs?: number;
  /** Epochs over freshly drawn pairs (default 1); 0 skips pair training. */
  epochs?: number;
  /** How many of the encoder's top layers with weights train on the pairs (default 2). */
  unfreeze?: number;
  /** Learning rate of the pair phase (default 1e-4: on USE-lite's top two layers 3e-4 already overfits 32 texts, 3e-5 barely moves). */
  lr?: number;
  /** Pairs per step (default 16, SetFit's). */
  batchSize?: number;
  /** Token limit per text (default: the encoder's maxLength). */
  maxLength?: number;
  /** The head's training (a softmax layer on the frozen tuned encoder). */
  head?: FewShotHeadOptions;
  /** Seeds the pairs, the head's initial weights and the head's shuffles (default: tl.setSeed's stream, else random). */
  seed?: number;
  /** No progress output. */
  silent?: boolean;
  /** Aborting stops training at the next batch boundary. */
  signal?: AbortSignal;
}

function readTrain(train: unknown, textColumn: string, labelColumn: string): { texts: string[]; values: string[] } {
  if (!isDataFrameLike(train)) {
    throw new TypeError(`${CALLER}: train must be a DataFrame with a text and a label column, e.g. tl.data.sample(df, { perClass: 16 }).`);
  }
  const texts = columnValues(train as DataFrameLike, textColumn, `${CALLER}: options.text`);
  const values = columnValues(train as DataFrameLike, labelColumn, `${CALLER}: options.label`);
  texts.forEach((t, i) => {
    if (typeof t !== 'string') throw new TypeError(`${CALLER}: train row ${i} has ${typeof t} in column '${textColumn}', expected a text.`);
  });
  return { texts: texts as string[], values: values.map((v) => String(v)) };
}

export async function fewShot(base: EncoderBase, train: DataFrameLike, options: FewShotOptions = {}): Promise<TextModel> {
  checkOptions(CALLER, 'options', options, FEW_SHOT_SPEC);
  checkBase(base, CALLER);
  const { texts, values } = readTrain(train, options.text ?? 'text', options.label ?? 'label');
  const labels = options.labels ?? sortedLabels(values);
  if (labels.length < 2) throw new Error(`${CALLER}: train has only the label ${JSON.stringify(labels)} in column '${options.label ?? 'label'}'; give examples of at least two classes.`);
  const y = Int32Array.from(values, (v, row) => {
    const k = labels.indexOf(v);
    if (k < 0) throw new Error(`${CALLER}: train row ${row} has label '${v}', which is not in options.labels (${labels.join(', ')}).`);
    return k;
  });
  const byClass = indicesByClass(y, labels, CALLER);
  const seed = seedOrNext(options.seed) ?? Math.floor(Math.random() * 2 ** 32);
  const rng = new SeededRandom(seed);
  const pairCount = options.pairs ?? 40 * texts.length;
  const epochs = options.epochs ?? 1;
  const silent = options.silent ?? false;

  const clf = classifier(base, { labels, dropout: 0, seed, ...(options.maxLength ? { maxLength: options.maxLength } : {}) });
  const encoder = clf.model.getLayer('encoder') as tf.LayersModel;
  const ids = clf.encode(texts);
  try {
    freeze(encoder);
    const top = options.unfreeze ?? 2;
    if (top > 0) unfreeze(encoder, { last: top });
    const pairHistory = await trainOnPairs(encoder, ids, {
      epochs,
      lr: options.lr ?? 1e-4,
      batchSize: options.batchSize ?? 16,
      silent,
      signal: options.signal,
      rng,
      pairsFor: () => generatePairs(y, byClass, pairCount, rng),
    });
    freeze(clf, { upTo: 'encoder' });
    const head = options.head ?? {};
    const yTensor = tf.tensor1d(y, 'int32');
    try {
      const headHistory = await fineTune(clf, { x: ids, y: yTensor }, {
        epochs: head.epochs ?? 50,
        lr: head.lr ?? 0.01,
        batchSize: head.batchSize ?? 16,
        seed: rng.nextUint32(),
        // A second-long logistic regression on cached features: its 50 progress lines would drown the pair phase's.
        silent: true,
        signal: options.signal,
        cache: 'memory',
      });
      if (headHistory.stopReason === 'stopped') throw new Error(`${CALLER}: stopped while fitting the head; no model was returned. Run it again to train one.`);
    } finally {
      yTensor.dispose();
    }
    clf.config.fewShot = {
      seed,
      examples: texts.length,
      pairs: pairCount,
      epochs,
      unfreeze: top,
      pairLoss: pairHistory.epochs.map((e) => e.loss),
    };
    return clf;
  } catch (err) {
    clf.model.dispose();
    throw err;
  } finally {
    ids.dispose();
  }
}
