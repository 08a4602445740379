// 'embeddings': word + position (+ token type) embeddings, LayerNorm, and ELECTRA's
// projection to the hidden width. Output [batch, length, hidden + 1]: the hidden
// states with the padding mask as the last channel, so each encoder layer's output
// alone feeds the next (a plain chain whose frozen prefix can be cached).
import { tf } from '../../../tf';
import { NamedWeightsLayer } from './named-layer';
import { firstShape, isTraining, layerNorm, linear, maybeDropout, normalInit, singleInput, type LayerArgs } from './ops';

export interface HfEmbeddingsArgs extends LayerArgs {
  vocabSize: number;
  embeddingSize: number;
  hiddenSize: number;
  maxPositions: number;
  /** 0: no token type table (DistilBERT). Every token is segment 0. */
  typeVocabSize: number;
  layerNormEps: number;
  padId: number;
  /**
   * The pair separator ([SEP]). With a token type table of 2+ rows, tokens after the first one
   * are segment 1 (text pairs: [CLS] a [SEP] b [SEP]), as Hugging Face's tokenizers give them;
   * without it every token is segment 0.
   */
  sepId?: number;
  /** RoBERTa: positions count non-padding tokens from padId + 1; otherwise 0, 1, 2... */
  paddingAwarePositions: boolean;
  dropout: number;
  /**
   * config.json of the checkpoint, JSON in lowercase hex (tfjs snake-cases and lower-cases
   * string values of layer configs on save and camel-cases them on load; hex survives both),
   * so a saved model can be written back as a Hugging Face checkpoint.
   */
  hfConfig?: string;
}

export class HfEmbeddings extends NamedWeightsLayer<HfEmbeddingsArgs> {
  static readonly className = 'HfEmbeddings';

  /** The checkpoint's config.json this encoder was built from. */
  get huggingfaceConfig(): Record<string, unknown> | undefined {
    return this.args.hfConfig ? JSON.parse(Buffer.from(this.args.hfConfig, 'hex').toString('utf8')) : undefined;
  }

  override build(): void {
    const { vocabSize, embeddingSize: e, hiddenSize: h, maxPositions, typeVocabSize } = this.args;
    const add = this.addNamed.bind(this);
    add('word', [vocabSize, e], normalInit(0.02));
    add('position', [maxPositions, e], normalInit(0.02));
    if (typeVocabSize > 0) add('token_type', [typeVocabSize, e], normalInit(0.02));
    add('ln_gamma', [e], tf.initializers.ones());
    add('ln_beta', [e], tf.initializers.zeros());
    if (e !== h) {
      add('project_kernel', [e, h], normalInit(0.02));
      add('project_bias', [h], tf.initializers.zeros());
    }
    this.built = true;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = firstShape(inputShape);
    return [shape[0], shape[1], this.args.hiddenSize + 1];
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    return tf.tidy(() => {
      const { padId, paddingAwarePositions, maxPositions, layerNormEps } = this.args;
      const ids = tf.cast(singleInput(inputs), 'int32') as tf.Tensor2D;
      const [batch, length] = ids.shape;
      const maskInt = tf.cast(tf.notEqual(ids, padId), 'int32');
      const w = (name: string) => this.weight(name);
      let positions: tf.Tensor;
      if (paddingAwarePositions) {
        positions = tf.add(tf.mul(tf.cumsum(maskInt, 1), maskInt), tf.scalar(padId, 'int32'));
      } else {
        positions = tf.broadcastTo(tf.range(0, length, 1, 'int32').reshape([1, length]), [batch, length]);
      }
      positions = tf.minimum(positions, tf.scalar(maxPositions - 1, 'int32'));
      const lookup = (table: tf.Tensor, index: tf.Tensor) => tf.reshape(tf.gather(table, tf.reshape(index, [-1])), [batch, length, -1]);
      let x = tf.add(lookup(w('word'), ids), lookup(w('position'), positions));
      if (this.namedWeights().has('token_type')) x = tf.add(x, this.segments(ids, maskInt, w('token_type')));
      x = layerNorm(x, w('ln_gamma'), w('ln_beta'), layerNormEps);
      x = maybeDropout(x, this.args.dropout, isTraining(kwargs));
      if (this.namedWeights().has('project_kernel')) x = linear(x, w('project_kernel'), w('project_bias'));
      return tf.concat([x, tf.expandDims(tf.cast(maskInt, 'float32'), 2)], 2);
    });
  }

  /** Token type embeddings: segment 1 strictly after the first separator (padding stays 0). */
  private segments(ids: tf.Tensor2D, maskInt: tf.Tensor, table: tf.Tensor): tf.Tensor {
    const { sepId, typeVocabSize } = this.args;
    if (sepId === undefined || typeVocabSize < 2) return tf.slice(table, [0, 0], [1, -1]);
    const [batch, length] = ids.shape;
    const sepsBefore = tf.cumsum(tf.cast(tf.equal(ids, sepId), 'int32'), 1, true);
    const types = tf.mul(tf.cast(tf.greater(sepsBefore, 0), 'int32'), maskInt);
    return tf.reshape(tf.gather(table, tf.reshape(types, [-1])), [batch, length, -1]);
  }

  override getConfig(): tf.serialization.ConfigDict {
    const { vocabSize, embeddingSize, hiddenSize, maxPositions, typeVocabSize, layerNormEps, padId, sepId, paddingAwarePositions, dropout, hfConfig } = this.args;
    return { ...super.getConfig(), vocabSize, embeddingSize, hiddenSize, maxPositions, typeVocabSize, layerNormEps, padId, ...(sepId !== undefined ? { sepId } : {}), paddingAwarePositions, dropout, ...(hfConfig ? { hfConfig } : {}) };
  }
}
tf.serialization.registerClass(HfEmbeddings);
