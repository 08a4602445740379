// Picks the shipped graph's constants apart into the port's layer weights.
import { tf } from '../../tf';

export interface BlockShape {
  inputDim: number;
  dim: number;
  heads: number;
  ffnDim: number;
}

export interface UseLiteWeights {
  embeddings: tf.Tensor2D;
  /** Per transformer layer: its shape and weights in UseLiteTransformerBlock.weightNames() order. */
  blocks: Array<{ shape: BlockShape; values: tf.Tensor[] }>;
  tanhKernel: tf.Tensor2D;
  tanhBias: tf.Tensor1D;
}

const ROOT = 'module_apply_default/Encoder_en/KonaTransformer/Encode';
const HEADS = `${ROOT}/TransformerStack/Layer_1/TransformerLayer/MultiheadAttention/split_heads/split_last_dimension/Reshape/shape/2`;

/** `weights` maps graph node names to tensors (GraphModel.weights). Returned tensors are new: the caller disposes them. */
export function extractUseLiteWeights(weights: Record<string, tf.Tensor | tf.Tensor[]>): UseLiteWeights {
  const get = (name: string): tf.Tensor => {
    const found = weights[name];
    const tensor = Array.isArray(found) ? found[0] : found;
    if (!tensor) throw new Error(`USE-lite graph has no weight '${name}': model.json is not the USE-lite graph this port knows.`);
    return tensor;
  };
  const layerCount = Object.keys(weights).filter((n) => /^module\/Encoder_en\/KonaTransformer\/Encode\/Layer_\d+\/TransformerLayer\/MultiheadAttention\/qkv_transform_single\/kernel/.test(n)).length;
  const heads = weights[HEADS] ? get(HEADS).dataSync()[0] : 4;
  return tf.tidy(() => {
    const blocks = Array.from({ length: layerCount }, (_, i) => {
      const e = `${ROOT}/Layer_${i}/TransformerLayer`;
      const s = `${ROOT}/TransformerStack/Layer_${i}/TransformerLayer`;
      const m = `module/Encoder_en/KonaTransformer/Encode/Layer_${i}/TransformerLayer`;
      const matrix = (name: string): tf.Tensor2D => {
        const t = get(name);
        return tf.reshape(t, t.shape.slice(-2) as [number, number]) as tf.Tensor2D;
      };
      const qkv = matrix(`${m}/MultiheadAttention/qkv_transform_single/kernel/part_0`);
      const out = matrix(`${m}/MultiheadAttention/output_transform_single/kernel/part_0`);
      const ffn1 = get(`${s}/FFN/conv1/Tensordot/Reshape_1`);
      const [inputDim, dim] = out.shape;
      // The graph's fused q|k|v projection, as three.
      const [qKernel, kKernel, vKernel] = tf.split(qkv, 3, 1);
      const [qBias, kBias, vBias] = tf.split(get(`${e}/MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat`), 3, 0);
      const values = [
        get(`${e}/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat`),
        get(`${e}/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat`),
        qKernel, qBias, kKernel, kBias, vKernel, vBias,
        out,
        get(`${e}/MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat`),
        ...(inputDim !== dim ? [get(`${e}/dense/kernel/ConcatPartitions/concat`), get(`${e}/dense/bias/ConcatPartitions/concat`)] : []),
        get(`${e}/FFN/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat`),
        get(`${e}/FFN/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat`),
        ffn1,
        get(`${e}/FFN/conv1/bias/ConcatPartitions/concat`),
        get(`${s}/FFN/conv2/Tensordot/Reshape_1`),
        get(`${e}/FFN/conv2/bias/ConcatPartitions/concat`),
      ].map((t) => tf.clone(t));
      return { shape: { inputDim, dim, heads, ffnDim: ffn1.shape[1] as number }, values };
    });
    return {
      embeddings: tf.clone(get('module/Embeddings_en')) as tf.Tensor2D,
      blocks,
      tanhKernel: tf.clone(get('module/Encoder_en/hidden_layers/tanh_layer_0/weights')) as tf.Tensor2D,
      tanhBias: tf.clone(get('module/Encoder_en/hidden_layers/tanh_layer_0/bias')) as tf.Tensor1D,
    };
  });
}

export function disposeUseLiteWeights(w: UseLiteWeights): void {
  tf.dispose([w.embeddings, w.tanhKernel, w.tanhBias, ...w.blocks.flatMap((b) => b.values)]);
}
