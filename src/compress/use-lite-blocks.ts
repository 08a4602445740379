// Rebuilds a USE-lite classifier with smaller or fewer transformer blocks: the
// topology is edited as JSON (block configs, dropped blocks rewired) and every
// weight is copied over, sliced to the attention heads and FFN units kept.
// Used by tl.prune (heads and units) and tl.dropBlocks (whole blocks).
import { tf } from '../tf';
import type { TextModel } from '../models/types';
import { textModelFromParts } from '../models/heads';
import { registerFamilyLayers } from '../models/families';
import { UseLiteTransformerBlock } from '../models/use-lite/layers';

/** What to keep of one block: head and FFN unit indices; null drops the block. */
export type BlockPlan = { heads: number[]; units: number[] } | null;

type LayerJson = { class_name: string; name?: string; config: Record<string, unknown> & { name: string; layers?: LayerJson[] }; inbound_nodes?: unknown[] };

/** The encoder and its transformer blocks of a USE-lite classifier; a clear error for any other model. */
export function useLiteBlocks(model: TextModel, caller: string): { encoder: tf.LayersModel; blocks: UseLiteTransformerBlock[] } {
  const encoder = model?.model?.layers.find((l) => l.name === 'encoder');
  const blocks = encoder instanceof tf.LayersModel ? encoder.layers.filter((l): l is UseLiteTransformerBlock => l instanceof UseLiteTransformerBlock) : [];
  const hfLayers = encoder instanceof tf.LayersModel ? encoder.layers.filter((l) => l.getClassName() === 'HfTransformerLayer').length : 0;
  if (hfLayers > 0) {
    throw new Error(
      `${caller}: model is a Hugging Face encoder (${hfLayers} transformer layers); structured pruning and block dropping support ` +
        "USE-lite classifiers only. To make it smaller or faster, distil it (tl.distill) into a student with fewer layers, " +
        "or save it with { quantize: 'int8' }.",
    );
  }
  if (!(encoder instanceof tf.LayersModel) || blocks.length === 0) {
    throw new Error(
      `${caller}: model must be a classifier on USE-lite (tl.classifier(await tl.loadPretrained('use-lite'), ...)), ` +
        'whose encoder has transformer blocks to prune; this one has none.',
    );
  }
  return { encoder, blocks };
}

/** A copy with data of its own: a clone or a variable's value shares its data, which setWeights then shares too. */
function copyOf(t: tf.Tensor): tf.Tensor {
  return tf.tensor(t.dataSync(), t.shape, t.dtype);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/** The block's weights (weightNames() order) reduced to the kept heads and units. */
function sliceBlock(block: UseLiteTransformerBlock, plan: { heads: number[]; units: number[] }): tf.Tensor[] {
  const columns = plan.heads.flatMap((h) => range(h * block.headDim, (h + 1) * block.headDim));
  const cols = tf.tensor1d(columns, 'int32');
  const units = tf.tensor1d(plan.units, 'int32');
  const weights = block.getWeights();
  const sliced = block.weightNames().map((name, i) => {
    const w = weights[i];
    const picked = /^[qkv]_kernel$/.test(name)
      ? tf.gather(w, cols, 1)
      : /^[qkv]_bias$/.test(name) || name === 'out_kernel'
        ? tf.gather(w, cols, 0)
        : name === 'ffn1_kernel'
          ? tf.gather(w, units, 1)
          : name === 'ffn1_bias' || name === 'ffn2_kernel'
            ? tf.gather(w, units, 0)
            : w;
    const copy = copyOf(picked);
    if (picked !== w) picked.dispose();
    return copy;
  });
  tf.dispose([cols, units]);
  return sliced;
}

function editEncoderJson(encoderJson: LayerJson, blocks: UseLiteTransformerBlock[], plans: BlockPlan[]): void {
  const layers = encoderJson.config.layers!;
  blocks.forEach((block, i) => {
    const at = layers.findIndex((l) => l.config.name === block.name);
    const plan = plans[i];
    if (plan) {
      Object.assign(layers[at].config, { heads: plan.heads.length, headDim: block.headDim, ffnDim: plan.units.length });
      return;
    }
    // Dropped: whatever read this block's output now reads the block's input.
    const [removed] = layers.splice(at, 1);
    const rewire = (nodes: unknown): unknown => JSON.parse(JSON.stringify(nodes).split(JSON.stringify(block.name)).join(JSON.stringify(inputName(removed))));
    for (const layer of layers) layer.inbound_nodes = rewire(layer.inbound_nodes) as unknown[];
    encoderJson.config = { ...encoderJson.config, output_layers: rewire(encoderJson.config.output_layers) } as LayerJson['config'];
  });
}

function inputName(layer: LayerJson): string {
  const node = (layer.inbound_nodes as unknown[][][])[0][0];
  return node[0] as string;
}

/**
 * A new classifier (own weights) whose encoder blocks follow `plans` (one per block, in
 * order); every other layer and the head keep their weights. `extra` goes into config.
 */
export async function rebuildUseLite(model: TextModel, plans: BlockPlan[], extra: Record<string, unknown>, caller: string): Promise<TextModel> {
  const { encoder, blocks } = useLiteBlocks(model, caller);
  if (plans.length !== blocks.length) throw new Error(`${caller}: ${plans.length} block plans for ${blocks.length} blocks.`);
  if (plans.every((p) => p === null)) throw new Error(`${caller}: at least one transformer block must be kept.`);
  const topology = model.model.toJSON(null, false) as unknown as LayerJson;
  const encoderJson = topology.config.layers!.find((l) => l.config.name === 'encoder')!;
  editEncoderJson(encoderJson, blocks, plans);
  registerFamilyLayers();
  const rebuilt = await tf.models.modelFromJSON({ modelTopology: topology } as unknown as Parameters<typeof tf.models.modelFromJSON>[0]);
  const newEncoder = rebuilt.getLayer('encoder') as tf.LayersModel;
  for (const layer of newEncoder.layers) {
    if (layer.weights.length === 0) continue;
    const i = blocks.findIndex((b) => b.name === layer.name);
    const values = i >= 0 ? sliceBlock(blocks[i], plans[i]!) : encoder.getLayer(layer.name).getWeights().map(copyOf);
    layer.setWeights(values);
    tf.dispose(values);
  }
  for (const layer of rebuilt.layers) {
    if (layer.name === 'encoder' || layer.weights.length === 0) continue;
    const values = model.model.getLayer(layer.name).getWeights().map(copyOf);
    layer.setWeights(values);
    tf.dispose(values);
  }
  return textModelFromParts(rebuilt, model.tokenizer, { ...model.config, ...extra });
}
