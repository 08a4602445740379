// What loadPretrained returns for a plain TF.js model: the tfjs model plus where
// it came from, displayable in a notebook.
import { JUPYTER_DISPLAY, type MimeBundle } from '../display';
import type { tf } from '../tf';
import { escapeHtml } from '../display/escape-html';

export type ModelFormat = 'layers' | 'graph';

export class PretrainedModel<M extends tf.LayersModel | tf.GraphModel = tf.LayersModel | tf.GraphModel> {
  /** Catalog name, package name, path or URL it was loaded by. */
  readonly name: string;
  /** The local model.json it was read from. */
  readonly modelJson: string;
  readonly format: ModelFormat;
  readonly model: M;

  constructor(init: { name: string; modelJson: string; format: ModelFormat; model: M }) {
    this.name = init.name;
    this.modelJson = init.modelJson;
    this.format = init.format;
    this.model = init.model;
  }

  isLayersModel(): this is PretrainedModel<tf.LayersModel> {
    return this.format === 'layers';
  }

  isGraphModel(): this is PretrainedModel<tf.GraphModel> {
    return this.format === 'graph';
  }

  dispose(): void {
    this.model.dispose();
  }

  toString(): string {
    return `PretrainedModel '${this.name}' (${this.format} model from ${this.modelJson})`;
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    return { 'text/plain': this.toString(), 'text/html': `<b>PretrainedModel</b> ${escapeHtml(this.name)} &mdash; ${this.format} model from <code>${escapeHtml(this.modelJson)}</code>` };
  }
}
