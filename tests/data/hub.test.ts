// Hub and URL data sets against a local HTTP server that speaks the subset of
// Hugging Face's datasets-server API we use (/splits, /rows), plus a plain file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { datasets, data } from '../../src/data';
import { tempDir } from './helpers';

const ROWS = 250;
const rows = Array.from({ length: ROWS }, (_, i) => ({
  text: `review ${i}`,
  label: i % 5 === 0 ? 1 : 0,
  tokens: ['John', 'lives', `here${i}`],
  ner_tags: [1, 0, 0],
}));
const features = [
  { feature_idx: 0, name: 'text', type: { dtype: 'string', _type: 'Value' } },
  { feature_idx: 1, name: 'label', type: { names: ['neg', 'pos'], _type: 'ClassLabel' } },
  { feature_idx: 2, name: 'tokens', type: { feature: { dtype: 'string', _type: 'Value' }, _type: 'Sequence' } },
  { feature_idx: 3, name: 'ner_tags', type: { feature: { names: ['O', 'B-PER'], _type: 'ClassLabel' }, _type: 'Sequence' } },
];

async function serve(t: { after(fn: () => unknown): void }): Promise<{ base: string; requests: string[] }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://localhost');
    requests.push(url.pathname);
    const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname === '/splits' && url.searchParams.get('dataset') === 'lab/tiny') {
      return json({ splits: [{ dataset: 'lab/tiny', config: 'plain', split: 'train' }, { dataset: 'lab/tiny', config: 'plain', split: 'test' }] });
    }
    if (url.pathname === '/rows' && url.searchParams.get('config') === 'plain') {
      const offset = Number(url.searchParams.get('offset'));
      const length = Math.min(100, Number(url.searchParams.get('length')));
      return json({
        features,
        rows: rows.slice(offset, offset + length).map((row, i) => ({ row_idx: offset + i, row, truncated_cells: [] })),
        num_rows_total: ROWS,
        num_rows_per_page: 100,
        partial: false,
      });
    }
    if (url.pathname === '/files/reviews.csv') return res.writeHead(200).end('text,label\nnice,pos\nawful,neg\n');
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise((resolve) => server.close(resolve)));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

function withEnv(t: { after(fn: () => void): void }, values: Record<string, string | undefined>): void {
  const saved = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]));
  const apply = (v: Record<string, string | undefined>) => {
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) delete process.env[k];
      else process.env[k] = x;
    }
  };
  apply(values);
  t.after(() => apply(saved));
}

test('hf: rows are paged, ClassLabel ids become names, and a second load comes from the cache offline', async (t) => {
  const { base, requests } = await serve(t);
  withEnv(t, { TRANSFERLAB_CACHE: tempDir(t), TRANSFERLAB_OFFLINE: undefined, TRANSFERLAB_HF_DATASETS_SERVER: base });
  const df = await datasets.load('hf:lab/tiny');
  assert.deepEqual(df.shape, [ROWS, 4]);
  assert.deepEqual(requests, ['/splits', '/rows', '/rows', '/rows']);
  assert.deepEqual(data.classBalance(df).values, [['neg', 200, 0.8], ['pos', 50, 0.2]]);
  assert.deepEqual(data.taggedSentences(df, { tags: 'ner_tags' }).tags[3], ['B-PER', 'O', 'O']);
  assert.equal(df.column('tokens').values[3], 'John lives here3');

  process.env.TRANSFERLAB_OFFLINE = '1';
  const again = await datasets.load('hf:lab/tiny', { limit: 20, seed: 5 });
  assert.equal(requests.length, 4, 'offline load made no request');
  assert.deepEqual(data.classBalance(again).values, [['neg', 16, 0.8], ['pos', 4, 0.2]]);
});

test('hf: offline with an empty cache, unknown splits and server errors are clear errors', async (t) => {
  const { base } = await serve(t);
  withEnv(t, { TRANSFERLAB_CACHE: tempDir(t), TRANSFERLAB_OFFLINE: '1', TRANSFERLAB_HF_DATASETS_SERVER: base });
  await assert.rejects(datasets.load('hf:lab/tiny'), /TRANSFERLAB_OFFLINE is set and .*\/splits\?dataset=lab%2Ftiny is not in the cache/);
  delete process.env.TRANSFERLAB_OFFLINE;
  await assert.rejects(datasets.load('hf:lab/tiny', { split: 'validation' }), /hf:lab\/tiny has no split 'validation'; splits: train, test/);
  await assert.rejects(datasets.load('hf:lab/other'), /HTTP 404/);
  await assert.rejects(datasets.load('hf:../etc'), /is not a Hugging Face data set id/);
  await assert.rejects(datasets.load('hf:lab/tiny', { config: '../x' }), /config '..\/x' is not a valid/);
});

test('a plain URL to a data file goes through the same cache', async (t) => {
  const { base, requests } = await serve(t);
  withEnv(t, { TRANSFERLAB_CACHE: tempDir(t), TRANSFERLAB_OFFLINE: undefined });
  const df = await datasets.load(`${base}/files/reviews.csv`);
  assert.deepEqual(df.values, [['nice', 'pos'], ['awful', 'neg']]);
  process.env.TRANSFERLAB_OFFLINE = '1';
  await datasets.load(`${base}/files/reviews.csv`);
  assert.deepEqual(requests, ['/files/reviews.csv']);
  delete process.env.TRANSFERLAB_OFFLINE;
  process.env.TRANSFERLAB_CACHE = tempDir(t);
  await assert.rejects(datasets.load(`${base}/files/reviews.csv`, { sha256: '0'.repeat(64) }), /sha256 of .*reviews\.csv is [0-9a-f]{64}, expected 0{64}/);
});
