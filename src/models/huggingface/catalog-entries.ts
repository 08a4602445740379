// Well-known Hugging Face checkpoints for the catalog. This machine cannot reach
// the hub, so the figures are not measured here:
// - parameters: counted from each repo's config.json (vocab, positions, hidden,
//   layers, intermediate) for the model as loaded for its task: encoder, plus the
//   pooler for BERT/RoBERTa base models, plus the task head where there is one.
// - sizeBytes: the published model.safetensors, float32 (4 bytes a value, which
//   includes the pretraining heads a checkpoint ships), rounded to MB: the exact
//   figure differs by the safetensors header and possibly by ~1%.
// - licence, task and languages: the model cards.
// Sources use the hub's current repo names; the legacy short names redirect there.
import type { CatalogEntry } from '../catalog-entry';

const hub = (repo: string) => ({ kind: 'huggingface' as const, repo, revision: 'main' });

export const HUGGING_FACE_ENTRIES: CatalogEntry[] = [
  {
    name: 'bert-base-uncased',
    task: 'fill-mask (base encoder)',
    architecture: 'BERT base, 12 layers x 768, WordPiece 30k uncased',
    sizeBytes: 440_000_000,
    parameters: 109_482_240,
    languages: ['en'],
    license: 'Apache-2.0',
    description: 'The original BERT base encoder; add a head with tl.classifier or tl.tokenClassifier.',
    source: hub('google-bert/bert-base-uncased'),
  },
  {
    name: 'distilbert-base-uncased',
    task: 'fill-mask (base encoder)',
    architecture: 'DistilBERT, 6 layers x 768, WordPiece 30k uncased',
    sizeBytes: 268_000_000,
    parameters: 66_362_880,
    languages: ['en'],
    license: 'Apache-2.0',
    description: 'BERT distilled to half the layers: ~60% faster, most of its accuracy.',
    source: hub('distilbert/distilbert-base-uncased'),
  },
  {
    name: 'roberta-base',
    task: 'fill-mask (base encoder)',
    architecture: 'RoBERTa base, 12 layers x 768, byte-level BPE 50k',
    sizeBytes: 499_000_000,
    parameters: 124_645_632,
    languages: ['en'],
    license: 'MIT',
    description: 'BERT retrained longer on more data; cased, byte-level BPE.',
    source: hub('FacebookAI/roberta-base'),
  },
  {
    name: 'xlm-roberta-base',
    task: 'fill-mask (base encoder)',
    architecture: 'XLM-RoBERTa base, 12 layers x 768, SentencePiece 250k',
    sizeBytes: 1_113_000_000,
    parameters: 278_043_648,
    languages: ['100 languages (CC-100)'],
    license: 'MIT',
    description: 'Multilingual RoBERTa: fine-tune on one language, apply to others.',
    source: hub('FacebookAI/xlm-roberta-base'),
  },
  {
    name: 'sentence-transformers/all-MiniLM-L6-v2',
    task: 'sentence-embedding',
    architecture: 'MiniLM (BERT), 6 layers x 384, mean pooling, normalized',
    sizeBytes: 90_900_000,
    parameters: 22_713_216,
    languages: ['en'],
    license: 'Apache-2.0',
    description: '384-d sentence embeddings, trained on 1B sentence pairs; small and fast.',
    source: hub('sentence-transformers/all-MiniLM-L6-v2'),
  },
  {
    name: 'sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2',
    task: 'sentence-embedding',
    architecture: 'MiniLM (BERT, XLM-R vocabulary), 12 layers x 384, mean pooling',
    sizeBytes: 471_000_000,
    parameters: 117_653_760,
    languages: ['50+ languages'],
    license: 'Apache-2.0',
    description: '384-d multilingual sentence embeddings: paraphrases in different languages land close.',
    source: hub('sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2'),
  },
  {
    name: 'distilbert-base-uncased-finetuned-sst-2-english',
    task: 'text-classification (sentiment: NEGATIVE, POSITIVE)',
    architecture: 'DistilBERT, 6 layers x 768, sequence classification head',
    sizeBytes: 268_000_000,
    parameters: 66_955_010,
    languages: ['en'],
    license: 'Apache-2.0',
    description: 'DistilBERT fine-tuned on SST-2 movie-review sentiment; ready to predict.',
    source: hub('distilbert/distilbert-base-uncased-finetuned-sst-2-english'),
  },
  {
    name: 'dslim/bert-base-NER',
    task: 'token-classification (NER: PER, ORG, LOC, MISC)',
    architecture: 'BERT base cased, 12 layers x 768, token classification head (9 BIO labels)',
    sizeBytes: 431_000_000,
    parameters: 107_726_601,
    languages: ['en'],
    license: 'MIT',
    description: 'BERT base fine-tuned on CoNLL-2003 named entities; ready to predict.',
    source: hub('dslim/bert-base-NER'),
  },
  {
    name: 'distilbert-base-cased-distilled-squad',
    task: 'question-answering (extractive)',
    architecture: 'DistilBERT cased, 6 layers x 768, span start/end head',
    sizeBytes: 261_000_000,
    parameters: 65_192_450,
    languages: ['en'],
    license: 'Apache-2.0',
    description: 'DistilBERT distilled on SQuAD v1.1: finds the answer span in a passage.',
    source: hub('distilbert/distilbert-base-cased-distilled-squad'),
  },
];
