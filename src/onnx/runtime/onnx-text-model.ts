// A TextModel whose inference runs as one ONNX graph in onnxruntime: the same
// tokenization, truncation, predictions and errors as the tfjs path.
import { tf } from '../../tf';
import type { Prediction, TextModel, TextModelConfig } from '../../models/types';
import type { Tokenizer } from '../../tokenizers/types';
import { lengthBatches, padIds } from '../../models/batching';
import { checkTruncation, truncate } from '../../models/heads/truncation';
import { checkOptions } from '../../options';
import { BATCH_SPEC, TOKEN_PREDICT_SPEC } from '../../models/option-specs';
import type { Aggregation } from '../../models/heads/entity-grouping';
import { aggregationOf, tokenSequencePrediction } from '../../models/heads/token-entities';
import { INPUT_IDS, KNOWN_INPUTS, OUTPUT_PROBABILITIES } from '../export/io-names';
import { buildFeeds } from './feeds';
import { OnnxSession, type OnnxSessionOptions } from './session';

/**
 * A call's fixed cost in padded token positions: onnxruntime starts a call in
 * far less time than tfjs dispatches its ops, so batches split sooner than
 * with INFERENCE_CALL_COST.
 */
const ONNX_CALL_COST = 16;

export class OnnxTextModel implements TextModel {
  readonly labels: string[];
  readonly session: OnnxSession;
  /** The tokenizer's pair separator (token_type_ids follow it), if it has one. */
  private readonly sepId: number | undefined;

  /** `file` names the .onnx file in errors. */
  constructor(
    onnx: Uint8Array,
    readonly tokenizer: Tokenizer,
    readonly config: TextModelConfig,
    file: string,
    options: OnnxSessionOptions = {},
  ) {
    this.labels = config.labels;
    this.session = new OnnxSession(onnx, file, options);
    const inputs = this.session.inputNames;
    if (!inputs.includes(INPUT_IDS) || inputs.some((name) => !KNOWN_INPUTS.includes(name))) {
      throw new Error(
        `${file} takes inputs [${inputs.join(', ')}] but the tokenizer feeds [${INPUT_IDS}] (and ${KNOWN_INPUTS.slice(1).join(', ')} where the graph declares them): ` +
          'export the model with tl.save(model, dir, { format: \'onnx\' }), or rename its inputs.',
      );
    }
    this.sepId = (tokenizer as { sepId?: number }).sepId;
    if (!this.session.outputNames.includes(OUTPUT_PROBABILITIES)) {
      throw new Error(`${file} has outputs [${this.session.outputNames.join(', ')}], none named ${OUTPUT_PROBABILITIES}: export it with tl.save(model, dir, { format: 'onnx' }).`);
    }
  }

  /** An ONNX model has no tfjs graph: train on the TF.js folder, then export again. */
  get model(): tf.LayersModel {
    throw new Error(`this model runs in onnxruntime and has no tf.LayersModel; load the folder saved with { format: 'tfjs' } to train or inspect its layers.`);
  }

  tokenIds(texts: string[], maxLength = this.config.maxLength): number[][] {
    if (!Array.isArray(texts)) throw new TypeError('onnx model: expected an array of strings.');
    const truncation = checkTruncation(this.config.truncation, 'onnx model');
    return texts.map((text, i) => {
      if (typeof text !== 'string') throw new TypeError(`onnx model: texts[${i}] is ${typeof text}, expected a string.`);
      return truncate(this.tokenizer.encode(text), maxLength, truncation);
    });
  }

  encode(texts: string[], options: { maxLength?: number } = {}): tf.Tensor2D {
    return padIds(this.tokenIds(texts, options.maxLength ?? this.config.maxLength), this.tokenizer.padId);
  }

  async predict(texts: string[], options: { batchSize?: number; aggregation?: Aggregation } = {}): Promise<Prediction[]> {
    const tokens = this.config.task === 'token-classification';
    checkOptions('model.predict(texts, options)', 'options', options, tokens ? TOKEN_PREDICT_SPEC : BATCH_SPEC);
    const aggregation = aggregationOf(tokens ? options.aggregation : undefined, this.config, 'model.predict');
    const ids = this.tokenIds(texts);
    const batchSize = options.batchSize ?? 32;
    const out: Prediction[] = new Array(ids.length);
    const k = this.labels.length;
    for (const batch of lengthBatches(ids.map((row) => row.length), batchSize, { callCost: ONNX_CALL_COST })) {
      const width = Math.max(1, ...batch.map((i) => ids[i].length));
      const { data } = this.runIds(batch.map((i) => ids[i]), width);
      batch.forEach((i, r) => {
        if (!tokens) {
          out[i] = this.toPrediction(Array.from(data.subarray(r * k, (r + 1) * k)));
          return;
        }
        const row = (t: number) => Array.from(data.subarray((r * width + t) * k, (r * width + t + 1) * k));
        out[i] = tokenSequencePrediction(this.tokenizer, texts[i], ids[i].map((_, t) => row(t)), this.labels, this.config, aggregation);
      });
    }
    return out;
  }

  /** The graph's probabilities for id rows padded to `width` (flat, row-major). */
  runIds(rows: number[][], width = Math.max(1, ...rows.map((r) => r.length))): { data: Float32Array; dims: readonly number[] } {
    const feeds = buildFeeds(rows, width, { inputs: this.session.inputNames, padId: this.tokenizer.padId, sepId: this.sepId });
    return this.session.run(feeds, OUTPUT_PROBABILITIES);
  }

  dispose(): void {
    this.session.dispose();
  }

  private toPrediction(scores: number[]): Prediction {
    let best = 0;
    scores.forEach((s, j) => {
      if (s > scores[best]) best = j;
    });
    return { label: this.labels[best], score: scores[best], scores };
  }
}
