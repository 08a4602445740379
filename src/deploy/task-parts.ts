// tl.load's default assembly of a saved model's parts, by config.task: a question answerer
// gets its own model (predict takes { question, context }); the classifiers a HeadedTextModel.
import type { tf } from '../tf';
import type { TextModel, TextModelConfig } from '../models/types';
import type { Tokenizer } from '../tokenizers/types';
import { textModelFromParts } from '../models/heads';
import { questionAnswererFromParts } from '../models/qa/question-answerer';

export function modelFromParts(model: tf.LayersModel, tokenizer: Tokenizer, config: TextModelConfig): TextModel {
  // The QA model has a TextModel's parts; only its predict's input and output differ.
  if (config.task === 'question-answering') return questionAnswererFromParts(model, tokenizer, config) as unknown as TextModel;
  return textModelFromParts(model, tokenizer, config);
}
