// Well-known encoder-decoder checkpoints on the Hugging Face hub. This machine cannot reach
// the hub, so nothing here is measured locally:
// - parameters: counted from each repo's config.json (shared embedding, blocks, positions,
//   an untied lm_head; BART's final_logits_bias buffer not counted), as HF's num_parameters().
// - sizeBytes: float32 model.safetensors (4 bytes a value), rounded to MB.
// - licence, task and languages: the model cards. All need the network on first use.
import type { CatalogEntry } from '../catalog-entry';

const hub = (repo: string) => ({ kind: 'huggingface' as const, repo, revision: 'main' });

export const SEQ2SEQ_ENTRIES: CatalogEntry[] = [
  {
    name: 't5-small',
    task: 'text2text-generation (summarization with "summarize: ", translation en->de/fr/ro)',
    architecture: 'T5 v1.0 encoder-decoder, 6+6 layers x 512, 8 heads, relu FFN 2048, SentencePiece 32k, tied embeddings',
    sizeBytes: 242_000_000,
    parameters: 60_506_624,
    languages: ['en', 'de', 'fr', 'ro'],
    license: 'Apache-2.0',
    description: 'The small original T5, multi-task pre-trained (C4 + supervised tasks); needs network to download.',
    source: hub('google-t5/t5-small'),
  },
  {
    name: 'google/flan-t5-small',
    task: 'text2text-generation (instruction-tuned: summarize, answer, translate)',
    architecture: 'T5 v1.1 encoder-decoder, 8+8 layers x 512, 6 heads, gated-GELU FFN 1024, untied lm_head',
    sizeBytes: 308_000_000,
    parameters: 76_961_152,
    languages: ['en', 'multilingual (60+ in the Flan mixture)'],
    license: 'Apache-2.0',
    description: 'T5 v1.1 instruction-tuned on the Flan collection: follows prompts zero-shot; needs network to download.',
    source: hub('google/flan-t5-small'),
  },
  {
    name: 'facebook/bart-base',
    task: 'text2text-generation (denoising pre-trained base: fine-tune for summarization)',
    architecture: 'BART base encoder-decoder, 6+6 layers x 768, 12 heads, byte-level BPE 50k, learned positions',
    sizeBytes: 558_000_000,
    parameters: 139_420_416,
    languages: ['en'],
    license: 'Apache-2.0',
    description: 'BART base: a denoising autoencoder to fine-tune on { text, summary } pairs; needs network to download.',
    source: hub('facebook/bart-base'),
  },
  {
    name: 'sshleifer/distilbart-cnn-12-6',
    task: 'summarization (CNN/DailyMail news)',
    architecture: 'distilBART, 12 encoder + 6 decoder layers x 1024, 16 heads, byte-level BPE 50k',
    sizeBytes: 1_222_000_000,
    parameters: 305_510_400,
    languages: ['en'],
    license: 'Apache-2.0',
    description: 'BART-large-CNN distilled to 6 decoder layers: abstractive news summaries, ready to predict; needs network to download.',
    source: hub('sshleifer/distilbart-cnn-12-6'),
  },
];
