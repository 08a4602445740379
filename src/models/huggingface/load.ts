// A save_pretrained folder -> a ready TextModel (checkpoint with a head) or a HuggingFaceBase.
import * as path from 'path';
import { tf } from '../../tf';
import { classifier } from '../heads/classifier';
import { tokenClassifier } from '../heads/token-classifier';
import type { TextModel } from '../types';
import { questionAnswerer } from '../qa/question-answerer';
import type { QuestionAnsweringModel } from '../qa/types';
import { labelsOf } from './config';
import { HuggingFaceError } from './errors';
import { loadHuggingFaceBase, type HuggingFaceBase } from './base';
import { outputNames } from './names';
import { readSentencePooling, SentenceTransformer } from './sentence-transformer';
import { assignWeights, denseWeights } from './weights';
import { isSeq2SeqFolder } from '../seq2seq/family';
import { loadSeq2Seq } from '../seq2seq/load';
import type { Seq2SeqModel } from '../seq2seq/model';

/** The head's last dense layer (the HF classifier / out_proj / qa_outputs). */
export function outputDense(model: tf.LayersModel): tf.layers.Layer {
  return (model.getLayer('head') as tf.LayersModel).getLayer('head_output');
}

/** The model a checkpoint with a ...ForSequenceClassification / ...ForTokenClassification / ...ForQuestionAnswering head is. */
export function textModelFromBase(base: HuggingFaceBase): TextModel | QuestionAnsweringModel {
  const labels = labelsOf(base.arch.raw);
  const options = { labels, dropout: base.arch.classifierDropout, maxLength: base.maxLength };
  let model: TextModel | QuestionAnsweringModel;
  if (base.head === 'sequence-classification') model = classifier(base, options);
  else if (base.head === 'token-classification') model = tokenClassifier(base, { ...options, dropout: base.arch.dropout });
  else if (base.head === 'question-answering') {
    // qa_outputs is a per-token Linear(hidden, 2): the start/end logits of tl.questionAnswerer.
    model = questionAnswerer(base, { dropout: base.arch.dropout });
  } else {
    throw new HuggingFaceError(
      'UNSUPPORTED_MODEL_TYPE',
      path.join(base.dir, 'config.json'),
      `a ${String((base.arch.raw.architectures as string[] | undefined)?.[0])} checkpoint has no TextModel form in this build.`,
      'load the base encoder and add a head with tl.classifier(base, { labels }) or tl.tokenClassifier(base, { labels }).',
    );
  }
  try {
    assignWeights(denseWeights(outputDense(model.model)), outputNames(base.arch.modelType, base.head), base.tensors, path.join(base.dir, 'model.safetensors'), true);
  } catch (error) {
    model.model.dispose();
    throw error;
  }
  return model;
}

/**
 * Loads a Hugging Face checkpoint folder: a TextModel when it has a head, a
 * SentenceTransformer for a sentence-transformers folder, else its base.
 */
/** What a Hugging Face checkpoint loads as: a model with its head, a question answerer, a base encoder (a sentence encoder included) or an encoder-decoder. */
export type HuggingFacePretrained = TextModel | QuestionAnsweringModel | HuggingFaceBase | Seq2SeqModel;

export async function loadHuggingFace(dir: string, options: { name?: string } = {}): Promise<HuggingFacePretrained> {
  if (isSeq2SeqFolder(dir)) return loadSeq2Seq(dir, options);
  const pooling = await readSentencePooling(dir);
  const base = await loadHuggingFaceBase(dir, options.name ?? dir);
  if (pooling) {
    const sentence = new SentenceTransformer(base.name, base.dir, base.arch, base.head, base.tensors, base.tokenizer);
    sentence.sentencePooling = pooling;
    return sentence;
  }
  return base.head === 'base' ? base : textModelFromBase(base);
}

/**
 * The head's logits (before the softmax the TextModel outputs), for parity checks with
 * PyTorch: [batch, labels], or [batch, length, labels] for token classification.
 */
export function headLogits(model: tf.LayersModel, ids: tf.Tensor2D): tf.Tensor {
  return tf.tidy(() => {
    let x = model.getLayer('encoder').apply(ids) as tf.Tensor;
    const head = model.getLayer('head') as tf.LayersModel;
    const out = outputDense(model);
    for (const layer of head.layers) {
      if (layer === out || layer.getClassName() === 'InputLayer') continue;
      x = layer.apply(x) as tf.Tensor;
    }
    const [kernel, bias] = out.getWeights();
    const shape = x.shape;
    return tf.reshape(tf.add(tf.matMul(tf.reshape(x, [-1, shape[shape.length - 1]]) as tf.Tensor2D, kernel as tf.Tensor2D), bias), [...shape.slice(0, -1), kernel.shape[1] as number]);
  });
}
