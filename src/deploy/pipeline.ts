// tl.pipeline(dir): load once, then predict labels and scores for texts.
import type { Prediction } from '../models/types';
import { load, type LoadedTextModel, type LoadOptions } from './load';
import { checkOptions } from '../options';
import { PIPELINE_SPEC } from './option-specs';

export interface Pipeline {
  (texts: string | string[]): Promise<Prediction[]>;
  readonly model: LoadedTextModel;
}

export async function pipeline(dir: string, options: LoadOptions & { batchSize?: number } = {}): Promise<Pipeline> {
  checkOptions('tl.pipeline(dir, options)', 'options', options, PIPELINE_SPEC);
  const { batchSize, ...loadOptions } = options;
  const model = await load(dir, loadOptions);
  const run = (texts: string | string[]) =>
    model.predict(typeof texts === 'string' ? [texts] : texts, { batchSize });
  return Object.assign(run, { model });
}
