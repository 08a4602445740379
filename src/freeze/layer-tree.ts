// The layers of a model as a tree addressable by path ('encoder/dense_1',
// 'encoder/3') or top-level index: nested LayersModels (a TextModel's 'encoder'
// and 'head') are branches, ordinary layers are leaves.
import { tf } from '../tf';

/** A layer name or path ('encoder/dense_1', 'encoder/0'), or a top-level index (negative counts from the end). */
export type LayerRef = string | number;

/** A tf.LayersModel, or anything that has one as `.model` (a TextModel). */
export type Freezable = tf.LayersModel | { readonly model: tf.LayersModel };

export interface LayerNode {
  /** 'encoder/dense_1' for a layer inside the nested model 'encoder'. */
  path: string;
  layer: tf.layers.Layer;
  /** Enclosing nested models, outermost first (the root model excluded). */
  ancestors: tf.layers.Layer[];
  children: LayerNode[];
}

export function rootModel(model: Freezable): tf.LayersModel {
  if (model instanceof tf.LayersModel) return model;
  if (model && typeof model === 'object' && (model as { model?: unknown }).model instanceof tf.LayersModel) return (model as { model: tf.LayersModel }).model;
  throw new Error('Expected a tf.LayersModel or an object with a .model tf.LayersModel (e.g. a TextModel); a graph model cannot be frozen layer by layer: load it as a layers model');
}

function isContainer(layer: tf.layers.Layer): layer is tf.LayersModel {
  return layer instanceof tf.LayersModel;
}

/** The model's layers, nested models expanded; indices are those of model.layers (input layers included). */
export function layerTree(model: tf.LayersModel, prefix = '', ancestors: tf.layers.Layer[] = []): LayerNode[] {
  return model.layers.map((layer) => {
    const path = prefix + layer.name;
    const children = isContainer(layer) ? layerTree(layer, `${path}/`, [...ancestors, layer]) : [];
    return { path, layer, ancestors, children };
  });
}

export function flatten(nodes: LayerNode[]): LayerNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

export function leavesOf(node: LayerNode): LayerNode[] {
  return node.children.length === 0 ? (isContainer(node.layer) ? [] : [node]) : node.children.flatMap(leavesOf);
}

export function allLeaves(nodes: LayerNode[]): LayerNode[] {
  return nodes.flatMap(leavesOf);
}

/** Number of values a layer's own weights hold (trainable and not). */
export function paramCount(layer: tf.layers.Layer): number {
  return layer.weights.reduce((sum, w) => sum + w.shape.reduce<number>((a, b) => a * (b ?? 1), 1), 0);
}

/** Trainable in effect: the layer and every enclosing nested model are trainable. */
export function isEffectivelyTrainable(node: LayerNode): boolean {
  return node.layer.trainable && node.ancestors.every((a) => a.trainable);
}

/** The node a reference names; throws listing the names that exist. */
export function resolveRef(nodes: LayerNode[], ref: LayerRef): LayerNode {
  if (typeof ref === 'number') {
    if (!Number.isInteger(ref) || ref >= nodes.length || ref < -nodes.length) {
      throw new Error(`Layer index ${ref} is out of range: the model has ${nodes.length} layers (0..${nodes.length - 1}, or -1 for the last). Layers: ${nodes.map((n) => n.path).join(', ')}`);
    }
    return nodes[ref < 0 ? nodes.length + ref : ref];
  }
  const [head, ...rest] = ref.split('/');
  const node = nodes.find((n) => n.layer.name === head) ?? (/^-?\d+$/.test(head) ? resolveRef(nodes, Number(head)) : undefined);
  if (!node) {
    const available = flatten(nodes).map((n) => n.path);
    throw new Error(`No layer named '${ref}'. Available: ${available.join(', ')}`);
  }
  if (rest.length === 0) return node;
  if (node.children.length === 0) throw new Error(`Layer '${node.path}' has no inner layers, so '${ref}' names nothing. Its siblings: ${nodes.map((n) => n.path).join(', ')}`);
  return resolveRef(node.children, rest.join('/'));
}
