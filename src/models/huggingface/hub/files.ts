// Which files a model needs from its repo, beyond config.json and the weights.
// Optional ones may be absent from a repo (404), which is not an error.

/** Tokenizer files save_pretrained writes; tokenizer.json is what the tokenizer library reads. */
export const TOKENIZER_FILES = ['tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json'];

export const WEIGHTS = 'model.safetensors';
export const WEIGHTS_INDEX = 'model.safetensors.index.json';
export const PYTORCH_WEIGHTS = 'pytorch_model.bin';

/** sentence-transformers: modules.json lists the modules; each Pooling module has a config.json in its folder. */
export const SENTENCE_TRANSFORMERS_FILES = ['modules.json', 'sentence_bert_config.json'];

interface SentenceTransformersModule {
  path?: string;
  type?: string;
}

/** The per-module files modules.json asks for: '1_Pooling/config.json' for a Pooling module. */
export function moduleFiles(modulesJson: unknown): string[] {
  if (!Array.isArray(modulesJson)) return [];
  return (modulesJson as SentenceTransformersModule[])
    .filter((m) => typeof m.path === 'string' && m.path !== '' && typeof m.type === 'string' && /\.Pooling$/.test(m.type))
    .map((m) => `${m.path}/config.json`);
}

/** The shard files a model.safetensors.index.json names, each once, in order. */
export function indexShards(indexJson: unknown): string[] {
  const map = (indexJson as { weight_map?: Record<string, unknown> } | undefined)?.weight_map;
  if (map === undefined || typeof map !== 'object') return [];
  return [...new Set(Object.values(map).filter((v): v is string => typeof v === 'string'))];
}
