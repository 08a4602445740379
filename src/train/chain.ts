// Runs a model as a chain of layers so the training loop can split it: the lowest
// frozen layers run once (inference mode, outputs cacheable) and the rest trains.
// Nested single-input/single-output functional models (the 'encoder', the 'head')
// are expanded into their own layers, so freezing the lowest k encoder layers
// makes exactly those k layers the frozen prefix.
import { tf } from '../tf';

type Layer = tf.layers.Layer;
type Kwargs = Record<string, unknown>;

export interface ChainStep {
  layer: Layer;
  /** Extra arguments the layer was called with when the model was built. */
  callArgs: Kwargs;
  /** The layer, or a nested model holding it, is frozen. */
  frozen: boolean;
}

export interface ForwardPlan {
  steps: ChainStep[];
  /** steps[0..frozen) are frozen layers: they run in inference mode and their outputs can be cached. */
  frozen: number;
}

export interface ChainOutput {
  y: tf.Tensor;
  mask: tf.Tensor | null;
}

function isLayersModel(layer: Layer): layer is tf.LayersModel {
  return layer instanceof tf.LayersModel;
}

/**
 * Frozen: set non-trainable itself or inside a non-trainable model (tfjs's Container
 * setter freezes the weights of its layers but leaves their own flag), or holding
 * weights none of which trains. A weightless layer (Dropout, pooling) that is not
 * itself frozen counts as training: a head's Dropout must stay in training mode.
 */
function isFrozen(layer: Layer, insideFrozen: boolean): boolean {
  return insideFrozen || !layer.trainable || (layer.weights.length > 0 && layer.trainableWeights.length === 0);
}

/** The layers of a functional model from input to output, or undefined when its graph branches. */
function layerChain(model: tf.LayersModel, insideFrozen: boolean): ChainStep[] | undefined {
  if (model.inputs.length !== 1 || model.outputs.length !== 1) return undefined;
  const inputId = model.inputs[0].id;
  const steps: ChainStep[] = [];
  let t = model.outputs[0];
  while (t.id !== inputId) {
    const node = t.sourceLayer.inboundNodes[t.nodeIndex];
    if (!node || node.inputTensors.length !== 1 || node.outputTensors.length !== 1) return undefined;
    steps.unshift({ layer: t.sourceLayer, callArgs: node.callArgs ?? {}, frozen: isFrozen(t.sourceLayer, insideFrozen) });
    t = node.inputTensors[0];
  }
  // A layer off the path (a side branch merged elsewhere) means this is not a chain.
  if (steps.length !== model.layers.length - 1) return undefined;
  return steps;
}

function expand(steps: ChainStep[]): ChainStep[] {
  return steps.flatMap((step) => {
    const inner = isLayersModel(step.layer) ? layerChain(step.layer, step.frozen) : undefined;
    return inner ? expand(inner) : [step];
  });
}

/** Splits a model into its frozen prefix and the layers that train (the whole model as one step when it branches). */
export function planForward(model: tf.LayersModel): ForwardPlan {
  const chain = layerChain(model, !model.trainable);
  const steps = chain ? expand(chain) : [{ layer: model as Layer, callArgs: {}, frozen: false }];
  let frozen = 0;
  while (frozen < steps.length - 1 && steps[frozen].frozen) frozen++;
  return { steps, frozen };
}

/** Runs steps eagerly, passing masks between layers the way tfjs's own graph execution does. */
export function runChain(steps: ChainStep[], x: tf.Tensor, mask: tf.Tensor | null, training: boolean): ChainOutput {
  let y = x;
  let m = mask;
  for (const { layer, callArgs } of steps) {
    const out = layer.apply(y, { ...callArgs, mask: m ?? undefined, training }) as tf.Tensor;
    m = (layer.computeMask(y, m ?? undefined) as tf.Tensor | null | undefined) ?? null;
    y = out;
  }
  return { y, mask: m };
}

/** Every layer inside the given ones, nested models included. */
export function allLayers(layers: Layer[]): Layer[] {
  return layers.flatMap((l) => (isLayersModel(l) ? [l as Layer, ...allLayers(l.layers)] : [l]));
}
