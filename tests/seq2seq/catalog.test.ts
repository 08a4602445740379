// The catalog's encoder-decoders: each entry's parameter count equals the weights our layers
// build for that checkpoint's config.json (values as published on the hub), and the family
// registry hands their names and T5/BART folders to the seq2seq family.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEQ2SEQ_ENTRIES, parseSeq2SeqConfig } from '../../src/models/seq2seq';
import { createParts, weightedLayers } from '../../src/models/seq2seq/architecture';
import { familyFor } from '../../src/models/families';
import { models } from '../../src';

const T5 = { model_type: 't5', vocab_size: 32128, d_model: 512, d_kv: 64, relative_attention_num_buckets: 32 };
const CONFIGS: Record<string, Record<string, unknown>> = {
  't5-small': { ...T5, num_heads: 8, d_ff: 2048, num_layers: 6, feed_forward_proj: 'relu' },
  'google/flan-t5-small': { ...T5, num_heads: 6, d_ff: 1024, num_layers: 8, num_decoder_layers: 8, feed_forward_proj: 'gated-gelu', tie_word_embeddings: false },
  'facebook/bart-base': { model_type: 'bart', vocab_size: 50265, d_model: 768, encoder_layers: 6, decoder_layers: 6, encoder_attention_heads: 12, decoder_attention_heads: 12, encoder_ffn_dim: 3072, decoder_ffn_dim: 3072, max_position_embeddings: 1024 },
  'sshleifer/distilbart-cnn-12-6': { model_type: 'bart', vocab_size: 50264, d_model: 1024, encoder_layers: 12, decoder_layers: 6, encoder_attention_heads: 16, decoder_attention_heads: 16, encoder_ffn_dim: 4096, decoder_ffn_dim: 4096, max_position_embeddings: 1024 },
};

test('catalog entries: parameters match the layers built from each config; size, licence, task, languages', () => {
  assert.deepEqual(SEQ2SEQ_ENTRIES.map((e) => e.name), Object.keys(CONFIGS));
  for (const entry of SEQ2SEQ_ENTRIES) {
    const parts = createParts(parseSeq2SeqConfig(CONFIGS[entry.name], entry.name));
    const count = weightedLayers(parts)
      .flatMap((l) => l.specs())
      .filter((s) => s.local !== 'final_logits_bias') // a buffer in PyTorch, not a parameter
      .reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1), 0);
    assert.equal(count, entry.parameters, entry.name);
    assert.ok(entry.sizeBytes > 4 * entry.parameters * 0.98, `${entry.name}: float32 weights need ~4 bytes a parameter`);
    assert.ok(entry.license && entry.task && entry.languages.length > 0 && entry.source.kind === 'huggingface', entry.name);
  }
});

test('the registry: catalog names go to the seq2seq family and are listed', () => {
  for (const entry of SEQ2SEQ_ENTRIES) assert.equal(familyFor(entry.name)?.name, 'seq2seq', entry.name);
  assert.equal(familyFor('hf:google-t5/t5-small')?.name, 'seq2seq');
  assert.equal(familyFor('hf:bert-base-uncased')?.name, 'huggingface');
  const names = models.list().names;
  for (const entry of SEQ2SEQ_ENTRIES) assert.ok(names.includes(entry.name), entry.name);
});
