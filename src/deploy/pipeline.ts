// tl.pipeline(dir): load once, then predict labels and scores for texts.
import type { Prediction } from '../models/types';
import { load, type LoadedTextModel, type LoadOptions } from './load';

export interface Pipeline {
  (texts: string | string[]): Promise<Prediction[]>;
  readonly model: LoadedTextModel;
}

export async function pipeline(dir: string, options: LoadOptions & { batchSize?: number } = {}): Promise<Pipeline> {
  const model = await load(dir, options);
  const run = (texts: string | string[]) =>
    model.predict(typeof texts === 'string' ? [texts] : texts, { batchSize: options.batchSize });
  return Object.assign(run, { model });
}
