// 'pooler': the first token's ([CLS] / <s>) hidden state through a dense layer and an
// activation, [batch, hidden]. It is BERT's pooler (tanh), DistilBERT's pre_classifier
// (ReLU), and RoBERTa's / ELECTRA's classifier.dense (tanh / GELU): the part of each
// family's classification head that precedes dropout and the output projection.
import { tf } from '../../../tf';
import type { Activation } from '../config';
import { NamedWeightsLayer } from './named-layer';
import { activate, firstShape, linear, normalInit, singleInput, type LayerArgs } from './ops';

export interface HfPoolerArgs extends LayerArgs {
  hiddenSize: number;
  activation: Activation;
}

export class HfPooler extends NamedWeightsLayer<HfPoolerArgs> {
  static readonly className = 'HfPooler';
  readonly hiddenSize: number;
  readonly act: Activation;

  constructor(args: HfPoolerArgs) {
    super(args);
    this.hiddenSize = args.hiddenSize;
    this.act = args.activation;
  }

  override build(): void {
    this.addNamed('kernel', [this.hiddenSize, this.hiddenSize], normalInit(0.02));
    this.addNamed('bias', [this.hiddenSize], tf.initializers.zeros());
    this.built = true;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = firstShape(inputShape);
    return [shape[0], this.hiddenSize];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const first = tf.reshape(tf.slice(singleInput(inputs), [0, 0, 0], [-1, 1, this.hiddenSize]), [-1, this.hiddenSize]);
      return activate(linear(first, this.weight('kernel'), this.weight('bias')), this.act);
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), hiddenSize: this.hiddenSize, activation: this.act };
  }
}
tf.serialization.registerClass(HfPooler);

/** 'sequence_output': the hidden states without the mask channel, [batch, length, hidden]. */
export class HfSequenceOutput extends tf.layers.Layer {
  static readonly className = 'HfSequenceOutput';
  readonly hiddenSize: number;

  constructor(args: LayerArgs & { hiddenSize: number }) {
    super(args);
    this.hiddenSize = args.hiddenSize;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = firstShape(inputShape);
    return [shape[0], shape[1], this.hiddenSize];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => tf.slice(singleInput(inputs), [0, 0, 0], [-1, -1, this.hiddenSize]));
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), hiddenSize: this.hiddenSize };
  }
}
tf.serialization.registerClass(HfSequenceOutput);
